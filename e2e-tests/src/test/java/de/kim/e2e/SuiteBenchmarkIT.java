package de.kim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Measures the suite as {@code ./kim} runs it against the machine's limits, in one run, and prints the table that
 * {@code docs/benchmarks.md} keeps (also written to {@code e2e-tests/target/benchmarks.md}). Medians and ratios, each
 * figure next to its target.
 */
@Tag("benchmark")
class SuiteBenchmarkIT {

    private static final RunningSuite SUITE = RunningSuite.forBenchmark();
    private static final int WRITERS = 8;
    private static final long WRITE_SECONDS = 15;
    private static final int SEEDED_CASES = 100_000;
    private static final List<String> SERVICES = List.of("case-service", "offer-service", "region-service", "gateway");

    private static String lunen;
    private final List<String[]> rows = new ArrayList<>();

    @BeforeAll
    static void up() throws Exception {
        SUITE.up();
        for (JsonNode municipality : new Http(token("fm.nord"))
                .read(SUITE.service(RunningSuite.CASES) + "/api/cases/reference/municipalities")) {
            if (municipality.path("name").asText().equals("Lünen")) {
                lunen = municipality.path("id").asText();
            }
        }
    }

    @AfterAll
    static void down() throws Exception {
        SUITE.down();
    }

    @Test
    void measureTheSuiteAgainstTheMachine() throws Exception {
        double raw = rawInsertRate();
        createThroughTheGateway(raw);
        gatewayOverhead();
        propagation();
        footprint();
        readsAtAHundredThousandCases();
        String table = table();
        System.out.println(table);
        Files.writeString(Path.of("target/benchmarks.md"), table);
    }

    /** The physical limit: single-row INSERT + COMMIT over JDBC, as many connections as the API gets writers. */
    private double rawInsertRate() throws Exception {
        String url = SUITE.database("kim_cases");
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists bench_raw (id uuid primary key, at timestamptz not null,"
                    + " payload jsonb not null)");
            statement.execute("truncate bench_raw");
        }
        Latencies latencies = new Latencies();
        long count = runFor(WRITE_SECONDS, () -> {
            Connection connection = DriverManager.getConnection(url);
            PreparedStatement insert = connection.prepareStatement(
                    "insert into bench_raw (id, at, payload) values (?, now(), cast(? as jsonb))");
            return () -> {
                long start = System.nanoTime();
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2,
                        "{\"firstName\": \"Probe\", \"lastName\": \"Bench\", \"birthDate\": \"1980-01-01\"}");
                insert.executeUpdate();
                latencies.add(System.nanoTime() - start);
            };
        });
        double rate = count / (double) WRITE_SECONDS;
        row("Raw PostgreSQL: single-row INSERT + COMMIT, " + WRITERS + " connections", "%.0f rows/s, p50 %s, p99 %s"
                .formatted(rate, latencies.p(50), latencies.p(99)), "the limit");
        return rate;
    }

    /**
     * Case creation as agency systems and case managers do it: through the gateway with a real token, after a warm-up
     * of the same length (the JIT compilers alone take a core for a while after a start). Also where the machine's
     * CPU time goes per case created.
     */
    private void createThroughTheGateway(double raw) throws Exception {
        Http http = new Http(token("fm.nord"));
        Latencies latencies = new Latencies();
        Writer creator = () -> () -> {
            long start = System.nanoTime();
            Http.Answer answer = http.post(SUITE.gateway() + "/api/cases", newCase("Bench"), null);
            latencies.add(System.nanoTime() - start);
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        };
        runFor(WRITE_SECONDS, creator);
        latencies.clear();
        CpuTime cpu = CpuTime.of(SUITE);
        long count = runFor(WRITE_SECONDS, creator);
        Map<String, Long> used = cpu.usedSince();
        double rate = count / (double) WRITE_SECONDS;
        row("Case creation through the gateway (token check, validation, commit, outbox), " + WRITERS + " clients",
                "%.0f cases/s, p50 %s, p99 %s".formatted(rate, latencies.p(50), latencies.p(99)), "");
        row("… as a share of the raw insert rate", "%.1f %%".formatted(100 * rate / raw), "≥ 50 %");
        long total = used.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder split = new StringBuilder();
        used.forEach((component, millis) -> split.append("%s %.1f, ".formatted(component, millis / (double) count)));
        row("… CPU time per case created (ms), all processes of the machine",
                split + "in all %.1f ms: %d cores allow %.0f/s".formatted(total / (double) count,
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().availableProcessors() * 1000.0 * count / total),
                "");
    }

    /** The same read through the gateway and straight to the case-service, one after the other. */
    private void gatewayOverhead() throws Exception {
        Http http = new Http(token("fm.nord"));
        String id = http.post(SUITE.gateway() + "/api/cases", newCase("Overhead"), null).json().path("id").asText();
        Latencies direct = new Latencies();
        Latencies gateway = new Latencies();
        for (int i = 0; i < 2_000; i++) {
            // Interleaved, so drift of the machine hits both alike.
            time(direct, () -> http.get(SUITE.service(RunningSuite.CASES) + "/api/cases/" + id));
            time(gateway, () -> http.get(SUITE.gateway() + "/api/cases/" + id));
        }
        row("GET a case: directly / through the gateway (2 000 each, interleaved)",
                "p50 %s / %s".formatted(direct.p(50), gateway.p(50)), "");
        row("… gateway overhead (p50 ratio − 1)", "%.0f %%".formatted(100 * (gateway.median() / direct.median() - 1)),
                "≤ 15 %");
    }

    /**
     * Changes to cases shared with two authorities at half the maximum rate of such changes (measured first: they cost
     * more than creations, two views and their topics each); a watcher reads the view table and notes when both
     * authorities' views hold each change's version.
     */
    private void propagation() throws Exception {
        Http http = new Http(token("fm.nord"));
        CaseStream shared = CaseStream.open(List.of(SUITE.service(RunningSuite.CASES)), http, lunen, 16, "bench");
        long start = System.nanoTime();
        shared.run(800, WRITERS, 0, null);
        double max = 800 / ((System.nanoTime() - start) / 1e9);
        row("Changes to cases shared with two authorities (a note each), " + WRITERS + " clients, straight to the "
                + "case-service", "%.0f changes/s".formatted(max), "");
        double rate = max / 2;
        Map<String, Long> versions = new ConcurrentHashMap<>(shared.versions());
        Map<String, long[]> pending = new ConcurrentHashMap<>(); // caseId@version → {acknowledged nanos}
        Latencies latencies = new Latencies();
        AtomicBoolean stop = new AtomicBoolean();
        Thread watcher = new Thread(() -> watchViews(pending, latencies, stop));
        watcher.start();
        long interval = (long) (1e9 / rate);
        long next = System.nanoTime();
        int changes = (int) Math.min(2_000, rate * 20);
        List<String> ids = shared.caseIds();
        ExecutorService senders = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> sent = new ArrayList<>();
        for (int n = 0; n < changes; n++) {
            while (System.nanoTime() < next) {
                Thread.onSpinWait();
            }
            next += interval;
            String id = ids.get(n % ids.size());
            int marker = n;
            sent.add(senders.submit(() -> {
                synchronized (ids.get(ids.indexOf(id))) {
                    Http.Answer answer = http.post(SUITE.service(RunningSuite.CASES) + "/api/cases/" + id + "/notes",
                            Map.of("category", "EDUCATION_WORK", "text", "Messung " + marker, "visibility",
                                    "ALL_PARTICIPANTS", "confided", false),
                            versions.get(id));
                    long acknowledged = System.nanoTime();
                    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                    versions.put(id, answer.version());
                    pending.put(id + "@" + answer.version(), new long[]{acknowledged});
                }
                return null;
            }));
        }
        for (Future<?> change : sent) {
            change.get();
        }
        senders.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        stop.set(true);
        watcher.join();
        assertThat(pending).as("changes not in both views after 30 s").isEmpty();
        row("Propagation: change committed → in both authorities' views, %d changes at %.0f/s (half the maximum)"
                .formatted(changes, rate), "p50 %s, p99 %s".formatted(latencies.p(50), latencies.p(99)),
                "p99 ≤ 100 ms");
    }

    /** Polls the view table (every 2 ms) for the pending versions; records when both views have one. */
    private static void watchViews(Map<String, long[]> pending, Latencies latencies, AtomicBoolean stop) {
        try (Connection connection = DriverManager.getConnection(SUITE.database("kim_cases"));
                PreparedStatement query = connection.prepareStatement("select case_id, min(case_version)"
                        + " from authority_view_case where case_id = any(?) group by case_id having count(*) = 2")) {
            while (!stop.get()) {
                if (!pending.isEmpty()) {
                    List<UUID> ids = pending.keySet().stream().map(key -> UUID.fromString(key.split("@")[0])).distinct()
                            .toList();
                    query.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                    long now = System.nanoTime();
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            String id = rows.getString(1);
                            long inBoth = rows.getLong(2);
                            pending.entrySet().removeIf(entry -> {
                                String[] key = entry.getKey().split("@");
                                boolean arrived = key[0].equals(id) && Long.parseLong(key[1]) <= inBoth;
                                if (arrived) {
                                    latencies.add(now - entry.getValue()[0]);
                                }
                                return arrived;
                            });
                        }
                    }
                }
                Thread.sleep(2);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Start-to-ready of each service (process start until /q/health/ready) and its RSS when idle. */
    private void footprint() throws Exception {
        long total = 0;
        for (String service : SERVICES) {
            SUITE.stop(service);
            long start = System.nanoTime();
            SUITE.start(service);
            long ready = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            Thread.sleep(5_000);
            long rss = rssKilobytes(SUITE.pid(service));
            total += rss;
            row("Footprint " + service + ": start to ready (./kim start, polls every 0.2 s) / idle RSS",
                    "%d ms / %d MB".formatted(ready, rss / 1024), "≤ 2 s / –");
        }
        row("Footprint of the suite (three services and the gateway), idle RSS", "%d MB".formatted(total / 1024),
                "≤ 600 MB");
    }

    /** Seeds 100 000 cases beside the ones made so far, then the case list and the worklist, 200 times each. */
    private void readsAtAHundredThousandCases() throws Exception {
        Http caseManager = new Http(token("fm.nord"));
        String subject = caseManager.read(SUITE.service(RunningSuite.CASES) + "/api/cases?size=1").path("items").path(0)
                .path("caseManager").asText();
        long seeded = seed(subject);
        Latencies list = new Latencies();
        Latencies worklist = new Latencies();
        for (int i = 0; i < 200; i++) {
            int page = i % 50;
            time(list, () -> expect200(caseManager.get(SUITE.gateway() + "/api/cases?size=20&page=" + page)));
            time(worklist, () -> expect200(caseManager.get(SUITE.gateway() + "/api/cases/worklist")));
        }
        JsonNode mine = caseManager.read(SUITE.gateway() + "/api/cases/worklist");
        row("Case list (20 per page, pages 0–49 of the sub-region) at %,d cases, through the gateway"
                .formatted(seeded), "p50 %s, p99 %s".formatted(list.p(50), list.p(99)), "");
        row("Worklist of a case manager (%d open cases) at %,d cases, through the gateway"
                .formatted(mine.path("total").asLong(), seeded),
                "p50 %s, p99 %s".formatted(worklist.p(50), worklist.p(99)),
                "");
    }

    /**
     * 100 000 cases in SQL, copies of one made through the API with a household member each: half in Nord, spread over
     * 500 case managers, of whom the benchmark's case manager is one (200 cases).
     */
    private long seed(String subject) throws Exception {
        Http http = new Http(token("fm.nord"));
        String template = http.post(SUITE.gateway() + "/api/cases", newCase("Vorlage"), null).json().path("id")
                .asText();
        try (Connection connection = DriverManager.getConnection(SUITE.database("kim_cases"));
                Statement statement = connection.createStatement()) {
            String caseColumns = otherColumns(connection, "case_file", "id", "number", "case_manager");
            String memberColumns = otherColumns(connection, "household_member", "id", "case_id", "last_name");
            statement.execute("insert into case_file (id, number, case_manager, " + caseColumns + ")"
                    + " select md5('bench-case-' || g)::uuid, 'BENCH-' || g, case when g % 500 = 0 then '" + subject
                    + "' else 'bench-cm-' || (g % 500) end, "
                    + caseColumns.replace("opened_at", "opened_at - (g || ' minutes')::interval")
                    + " from generate_series(1, " + SEEDED_CASES + ") g, case_file t where t.id = '" + template + "'");
            statement.execute("insert into household_member (id, case_id, last_name, " + memberColumns + ")"
                    + " select md5('bench-member-' || g)::uuid, md5('bench-case-' || g)::uuid, 'Bench' || g, "
                    + memberColumns + " from generate_series(1, " + SEEDED_CASES + ") g, household_member t"
                    + " where t.case_id = '" + template + "'");
            // The cases the write measurements made went to the same case manager: spread them as well, so the
            // worklist shows a case manager's usual load (the 200 seeded).
            statement.execute("update case_file set case_manager = 'bench-cm-' || (abs(hashtext(id::text)) % 500 + 1)"
                    + " where case_manager = '" + subject + "' and number not like 'BENCH-%'");
            statement.execute("analyze");
            try (ResultSet count = statement.executeQuery("select count(*) from case_file")) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private static String otherColumns(Connection connection, String table, String... except) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select column_name from information_schema.columns"
                + " where table_name = ? order by ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (!List.of(except).contains(rows.getString(1))) {
                        columns.add(rows.getString(1));
                    }
                }
            }
        }
        return String.join(", ", columns);
    }

    private static long rssKilobytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    /** Runs one task per writer in a loop for the given time; returns how many iterations finished. */
    private static long runFor(long seconds, Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            counts.add(pool.submit(() -> {
                Step step = writer.start();
                long done = 0;
                while (System.nanoTime() < end) {
                    step.run();
                    done++;
                }
                return done;
            }));
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return total;
    }

    @FunctionalInterface
    private interface Writer {
        Step start() throws Exception;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static void time(Latencies latencies, Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        latencies.add(System.nanoTime() - start);
    }

    private static void expect200(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private static Map<String, Object> newCase(String lastName) {
        return Map.of("municipalityId", lunen, "members", List.of(Map.of("firstName", "Probe", "lastName", lastName,
                "birthDate", "1980-01-01", "gender", "FEMALE", "languages", List.of())));
    }

    private void row(String what, String figure, String target) {
        rows.add(new String[]{what, figure, target});
    }

    private String table() {
        StringBuilder table = new StringBuilder();
        table.append(
                "Measured %s on this machine (%d cores, %d GB), one run: `./mvnw install -DskipTests -Dkim.images.skip && "
                        .formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), totalMemoryGigabytes()))
                .append("./mvnw -pl e2e-tests verify -Pbenchmark`\n\n| what | measured | target |\n|---|---|---|\n");
        rows.forEach(row -> table.append("| ").append(String.join(" | ", row)).append(" |\n"));
        return table.toString();
    }

    private static long totalMemoryGigabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
                }
            }
        } catch (IOException e) {
            // unknown
        }
        return 0;
    }

    private static String token(String username) {
        return RealmTokens.user(SUITE.keycloak(), username);
    }
}
