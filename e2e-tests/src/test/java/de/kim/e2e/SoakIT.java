package de.kim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A working day's mix through the gateway for thirty minutes ({@code -Dkim.soak.minutes}) at half the rate the suite
 * reaches with it: opening cases, reading them, notes on cases shared with two authorities, sharing new cases (a
 * participation and a consent), referrals the offer-service answers for its providers, worklists and searches. It
 * prints, per five minutes, rate and latencies, every process's resident memory and the rows of every table that grows
 * with events or reads, with the rule that bounds each; and asserts that nothing failed and every referral was
 * answered. Flat or not is printed, not asserted: no test asserts a time.
 */
@Tag("benchmark")
class SoakIT {

    private static final RunningSuite SUITE = RunningSuite.forBenchmark();
    private static final int WORKERS = 8;
    private static final Duration LENGTH = Duration.ofMinutes(Long.getLong("kim.soak.minutes", 30));
    private static final Duration WINDOW = LENGTH.compareTo(Duration.ofMinutes(30)) >= 0
            ? Duration.ofMinutes(5)
            : LENGTH.dividedBy(6);
    private static final int SHARED_CASES = 300;
    /** A KIM case manager's caseload: the worklist shows about this many households. */
    private static final int CASELOAD = 80;
    private static final List<String> PROCESSES = List.of("gateway", "case-service", "offer-service",
            "region-service", "kafka", "keycloak");

    /** What a case manager does in a day, with how often (weights out of 100). */
    private enum Kind {
        OPEN(15),
        READ(30),
        NOTE(20),
        SHARE(5),
        REFER(5),
        WORKLIST(15),
        SEARCH(10);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }

        static Kind draw() {
            int roll = ThreadLocalRandom.current().nextInt(100);
            for (Kind kind : values()) {
                roll -= kind.weight;
                if (roll < 0) {
                    return kind;
                }
            }
            throw new IllegalStateException("weights do not add up to 100");
        }
    }

    /** A case the soak works on; changes of one case go one at a time, with the version its last change returned. */
    private static final class Case {
        final String id;
        final String memberId;
        final String lastName;
        long version;

        Case(String id, String memberId, String lastName, long version) {
            this.id = id;
            this.memberId = memberId;
            this.lastName = lastName;
            this.version = version;
        }
    }

    /** The tables that gain rows with events or reads, with the rule that bounds each. */
    private static final Map<String, String> GROWING = new LinkedHashMap<>();
    static {
        GROWING.put("kim_cases.processed_event", "kept 30 days (kim.events.processed-retention)");
        GROWING.put("kim_offers.processed_event", "kept 30 days (kim.events.processed-retention)");
        GROWING.put("kim_regions.processed_event", "kept 30 days (kim.events.processed-retention)");
        GROWING.put("kim_cases.event_outbox", "rows leave when Kafka acknowledges them");
        GROWING.put("kim_offers.event_outbox", "rows leave when Kafka acknowledges them");
        GROWING.put("kim_regions.event_outbox", "rows leave when Kafka acknowledges them");
        GROWING.put("kim_cases.audit_event", "kept 2 years (kim.audit.kept-for); none younger than a year deleted");
        GROWING.put("kim_offers.referral_access",
                "kept 2 years (kim.audit.kept-for); none younger than a year deleted");
        GROWING.put("kim_cases.case_history", "goes with its case, 3 years after it closed");
        GROWING.put("kim_cases.case_note", "goes with its case, 3 years after it closed");
        GROWING.put("kim_cases.authority_view_note", "goes with its case, 3 years after it closed");
    }

    private static String lunen;
    private static List<String> offers;

    private final List<Case> shared = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Case> toShare = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Case> toRefer = new ConcurrentLinkedQueue<>();
    private final List<String> referred = new CopyOnWriteArrayList<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong conflicts = new AtomicLong();
    private volatile Http caseManager;
    /** fm.nord's subject: the case manager of every case the soak opens. */
    private volatile String caseManagerId;

    @BeforeAll
    static void up() throws Exception {
        SUITE.up();
        Http http = new Http(RealmTokens.user(SUITE.keycloak(), "fm.nord"));
        for (JsonNode municipality : http.read(SUITE.gateway() + "/api/cases/reference/municipalities")) {
            if (municipality.path("name").asText().equals("Lünen")) {
                lunen = municipality.path("id").asText();
            }
        }
        offers = new ArrayList<>();
        http.read(SUITE.gateway() + "/api/offers?q=Sprachkurs&size=50").path("items")
                .forEach(offer -> offers.add(offer.path("id").asText()));
        assertThat(offers).as("language courses to refer to").isNotEmpty();
    }

    @AfterAll
    static void down() throws Exception {
        SUITE.down();
    }

    @Test
    void halfTheMaximumRateForThirtyMinutes() throws Exception {
        renewToken();
        for (int i = 0; i < SHARED_CASES; i++) {
            Case kase = open();
            share(kase);
            shared.add(kase);
        }
        // The JIT compilers of five JVMs take minutes of CPU after a start: warm up, then find the maximum rate.
        runFor(Duration.ofSeconds(90), 0, new Window(0));
        Window calibration = new Window(0);
        runFor(Duration.ofSeconds(60), 0, calibration);
        double maximum = calibration.count() / 60.0;
        double target = maximum / 2;
        errors.clear();
        conflicts.set(0);
        SUITE.awaitIdle();

        Map<String, Long> rowsBefore = growingTables();
        List<Window> windows = new ArrayList<>();
        List<Map<String, Long>> memory = new ArrayList<>();
        long windowCount = LENGTH.dividedBy(WINDOW);
        for (int w = 0; w < windowCount; w++) {
            Window window = new Window(w);
            runFor(WINDOW, target, window);
            windows.add(window);
            memory.add(residentMemory());
            System.out.printf("SOAK window %d: %s%n", w + 1, window.summary());
        }
        SUITE.awaitIdle();
        Map<String, Long> rowsAfter = growingTables();
        long unanswered = unansweredReferrals();
        long deadLetters = deadLetters();

        String report = report(maximum, target, windows, memory, rowsBefore, rowsAfter, unanswered, deadLetters);
        System.out.println(report);
        Files.writeString(Path.of("target/soak.md"), report);

        assertThat(errors).as("failed operations").isEmpty();
        assertThat(unanswered).as("referrals the offer-service did not answer").isZero();
        assertThat(deadLetters).as("records on dead-letter topics").isZero();
    }

    /** Runs the mix with every worker; {@code perSecond} 0 runs as fast as it goes, else paced to that rate. */
    private void runFor(Duration length, double perSecond, Window window) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        long interval = perSecond == 0 ? 0 : (long) (1e9 / perSecond);
        AtomicLong nextSlot = new AtomicLong(start);
        ScheduledExecutorService team = Executors.newSingleThreadScheduledExecutor();
        team.scheduleWithFixedDelay(this::handOverToTheTeam, 0, 20, TimeUnit.SECONDS);
        team.scheduleWithFixedDelay(this::renewToken, 2, 2, TimeUnit.MINUTES);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            workers.add(pool.submit(() -> {
                while (true) {
                    long slot = interval == 0 ? System.nanoTime() : nextSlot.getAndAdd(interval);
                    if (slot >= end) {
                        return null;
                    }
                    long wait = slot - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    run(Kind.draw(), window);
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        team.shutdown();
        team.awaitTermination(1, TimeUnit.MINUTES);
        renewToken();
    }

    /**
     * The realm has one case manager login per sub-region, and 15 % of the mix opens cases as fm.nord: left alone, the
     * worklist would soon list thousands of households. A case manager has about {@value #CASELOAD}; the others go to
     * colleagues, in SQL as in the benchmark (the case row only, so the views keep the former case manager).
     */
    private void handOverToTheTeam() {
        if (caseManagerId == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(SUITE.database("kim_cases"));
                PreparedStatement handOver = connection.prepareStatement("""
                        update case_file set case_manager = 'soak-cm-' || (abs(hashtext(id::text)) % 200 + 1)
                         where case_manager = ? and id not in (select id from case_file where case_manager = ?
                                                               order by opened_at desc limit ?)
                        """)) {
            handOver.setString(1, caseManagerId);
            handOver.setString(2, caseManagerId);
            handOver.setInt(3, CASELOAD);
            handOver.executeUpdate();
        } catch (SQLException e) {
            errors.add("hand-over to the team: " + e.getMessage());
        }
    }

    private void run(Kind kind, Window window) {
        long start = System.nanoTime();
        try {
            switch (kind) {
                case OPEN -> {
                    Case kase = open();
                    toShare.add(kase);
                    toRefer.add(kase);
                }
                case READ -> expect(200, caseManager.get(cases() + any().id), kind);
                case NOTE -> note(any());
                case SHARE -> {
                    Case kase = toShare.poll();
                    if (kase == null) {
                        expect(200, caseManager.get(cases() + any().id), kind);
                    } else {
                        share(kase);
                        shared.add(kase);
                    }
                }
                case REFER -> {
                    Case kase = toRefer.poll();
                    if (kase == null) {
                        expect(200, caseManager.get(cases() + any().id), kind);
                    } else {
                        refer(kase);
                    }
                }
                case WORKLIST -> expect(200, caseManager.get(cases() + "worklist"), kind);
                case SEARCH -> expect(200, caseManager.get(cases() + "worklist?q=" + any().lastName), kind);
            }
        } catch (Exception | AssertionError e) {
            errors.add(kind + ": " + e.getMessage());
        }
        window.add(kind, System.nanoTime() - start);
    }

    private Case open() throws Exception {
        // Letters only: a word with digits would be searched as a case number as well.
        String lastName = "Soak" + ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        Http.Answer opened = caseManager.post(SUITE.gateway() + "/api/cases", Map.of("municipalityId", lunen,
                "members", List.of(Map.of("firstName", "Probe", "lastName", lastName, "birthDate", "1985-03-01",
                        "gender", "FEMALE", "languages", List.of()))),
                null);
        expect(201, opened, Kind.OPEN);
        caseManagerId = opened.json().path("caseManager").asText();
        return new Case(opened.json().path("id").asText(), opened.json().path("members").path(0).path("id").asText(),
                lastName, opened.version());
    }

    /** The Jobcenter and the Sozialamt take part, on the household's consent. */
    private void share(Case kase) throws Exception {
        for (String authority : List.of("JOBCENTER", "SOZIALAMT")) {
            change(kase, 200, Kind.SHARE, version -> caseManager.post(cases() + kase.id + "/participations",
                    Map.of("authority", authority, "since", "2026-01-01"), version));
            change(kase, 200, Kind.SHARE, version -> caseManager.post(cases() + kase.id + "/consents",
                    Map.of("recipientKind", "AUTHORITY", "recipient", authority, "categories",
                            List.of("MASTER_DATA", "EDUCATION_WORK"), "purpose", "Hilfeplanung", "legalBasis",
                            "CONSENT", "documentReference", "Einwilligung vom " + LocalDate.now(), "grantedOn",
                            "2026-01-01"),
                    version));
        }
    }

    private void note(Case kase) throws Exception {
        change(kase, 204, Kind.NOTE, version -> caseManager.postMinimal(cases() + kase.id + "/notes",
                Map.of("category", "EDUCATION_WORK", "text", "Beratungsgespräch, Sprachkurs besprochen",
                        "visibility", "ALL_PARTICIPANTS", "confided", false),
                version));
    }

    private void refer(Case kase) throws Exception {
        String offer = offers.get(ThreadLocalRandom.current().nextInt(offers.size()));
        change(kase, 200, Kind.REFER, version -> caseManager.post(cases() + kase.id + "/referrals",
                Map.of("offerId", offer, "memberId", kase.memberId, "category", "EDUCATION_WORK"), version));
        referred.add(kase.id);
    }

    /**
     * A change based on the version the soak last saw. The offer-service's answer to a referral is a new version of the
     * case too: a 412 is read again and the change repeated, as the app does, and counted.
     */
    private void change(Case kase, int status, Kind kind, Request request) throws Exception {
        synchronized (kase) {
            for (int attempt = 0; attempt < 3; attempt++) {
                Http.Answer answer = request.send(kase.version);
                if (answer.status() != 412) {
                    kase.version = expect(status, answer, kind).version();
                    return;
                }
                conflicts.incrementAndGet();
                kase.version = expect(200, caseManager.get(cases() + kase.id), kind).version();
            }
            throw new AssertionError(kind + ": still 412 after three readings of case " + kase.id);
        }
    }

    @FunctionalInterface
    private interface Request {
        Http.Answer send(long version) throws Exception;
    }

    private Case any() {
        return shared.get(ThreadLocalRandom.current().nextInt(shared.size()));
    }

    private static String cases() {
        return SUITE.gateway() + "/api/cases/";
    }

    /**
     * Access tokens live five minutes: a fresh one every two minutes and after every window (the 30-minute run's
     * windows are five minutes long, and 307 operations at their ends once met an expired token).
     */
    private void renewToken() {
        caseManager = new Http(RealmTokens.user(SUITE.keycloak(), "fm.nord"));
    }

    private static Http.Answer expect(int status, Http.Answer answer, Kind kind) {
        if (answer.status() != status) {
            throw new AssertionError(kind + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    /** The operations of one window: their latencies, overall and per kind. */
    private static final class Window {
        final int number;
        final Latencies all = new Latencies();
        final Map<Kind, Latencies> byKind = new EnumMap<>(Kind.class);
        final AtomicLong count = new AtomicLong();

        Window(int number) {
            this.number = number;
            for (Kind kind : Kind.values()) {
                byKind.put(kind, new Latencies());
            }
        }

        void add(Kind kind, long nanos) {
            all.add(nanos);
            byKind.get(kind).add(nanos);
            count.incrementAndGet();
        }

        long count() {
            return count.get();
        }

        String summary() {
            return "%d operations, %.1f/s, p50 %s, p99 %s".formatted(count(), count() / (double) WINDOW.toSeconds(),
                    all.p(50), all.p(99));
        }
    }

    private Map<String, Long> residentMemory() throws Exception {
        Map<String, Long> megabytes = new LinkedHashMap<>();
        for (String process : PROCESSES) {
            megabytes.put(process, SUITE.rssKilobytes(process) / 1024);
        }
        return megabytes;
    }

    private static Map<String, Long> growingTables() throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : GROWING.keySet()) {
            String[] parts = table.split("\\.");
            try (Connection connection = DriverManager.getConnection(SUITE.database(parts[0]));
                    Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("select count(*) from " + parts[1])) {
                count.next();
                rows.put(table, count.getLong(1));
            }
        }
        return rows;
    }

    /** Referrals still waiting for the offer-service's answer after up to a minute. */
    private long unansweredReferrals() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            renewToken();
            long unanswered = 0;
            for (String id : referred) {
                for (JsonNode referral : caseManager.read(cases() + id).path("referrals")) {
                    if ("REQUESTED".equals(referral.path("status").asText())) {
                        unanswered++;
                    }
                }
            }
            if (unanswered == 0 || System.nanoTime() > deadline) {
                return unanswered;
            }
            Thread.sleep(5_000);
        }
    }

    private static long deadLetters() {
        return SUITE.kafkaProbe().topics().stream().filter(topic -> topic.endsWith(".dlt"))
                .mapToLong(topic -> SUITE.kafkaProbe().readAll(topic, Duration.ofSeconds(30)).size()).sum();
    }

    private static String clock(Duration elapsed) {
        return "%d:%02d".formatted(elapsed.toMinutes(), elapsed.toSecondsPart());
    }

    private String report(double maximum, double target, List<Window> windows, List<Map<String, Long>> memory,
            Map<String, Long> before, Map<String, Long> after, long unanswered, long deadLetters) {
        StringBuilder out = new StringBuilder();
        out.append("## Soak: %d minutes at half the maximum rate (%s, %d cores)%n%n".formatted(LENGTH.toMinutes(),
                LocalDate.now(), Runtime.getRuntime().availableProcessors()));
        out.append("Mix: ");
        for (Kind kind : Kind.values()) {
            out.append("%s %d %%, ".formatted(kind.name().toLowerCase(), kind.weight));
        }
        out.append(("%d workers through the gateway, fm.nord keeping the %d newest cases (the others handed to "
                + "colleagues every 20 s), %d cases shared with the Jobcenter and the Sozialamt at the ")
                .formatted(WORKERS, CASELOAD, SHARED_CASES))
                .append("start. Maximum rate of the mix: %.0f operations/s; the soak "
                        .formatted(maximum))
                .append("paces %.0f/s.%n%n".formatted(target));
        out.append(
                "| window | operations | rate | p50 | p99 | p99 open | p99 read | p99 note | p99 worklist | p99 search "
                        + "| RSS ")
                .append(String.join(" / ", PROCESSES)).append(" (MB) |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Window window : windows) {
            Map<String, Long> rss = memory.get(window.number);
            out.append("| %s–%s | %d | %.1f/s | %s | %s | %s | %s | %s | %s | %s | %s |%n".formatted(
                    clock(WINDOW.multipliedBy(window.number)), clock(WINDOW.multipliedBy(window.number + 1)),
                    window.count(),
                    window.count() / (double) WINDOW.toSeconds(), window.all.p(50), window.all.p(99),
                    window.byKind.get(Kind.OPEN).p(99), window.byKind.get(Kind.READ).p(99),
                    window.byKind.get(Kind.NOTE).p(99), window.byKind.get(Kind.WORKLIST).p(99),
                    window.byKind.get(Kind.SEARCH).p(99),
                    String.join(" / ", rss.values().stream().map(String::valueOf).toList())));
        }
        Window first = windows.get(0);
        Window last = windows.get(windows.size() - 1);
        double p99Ratio = last.all.percentileMillis(99) / first.all.percentileMillis(99);
        out.append(("%nFailed operations: %d. Changes that met a newer version (the offer-service's answer) and were"
                + " repeated after reading the case: %d. Referrals unanswered: %d. Dead letters: %d.%n")
                .formatted(errors.size(), conflicts.get(), unanswered, deadLetters));
        out.append("p99 last window / first window: %.2f (%s).%n".formatted(p99Ratio,
                p99Ratio <= 1.25 ? "flat" : "**not flat**"));
        Map<String, Long> second = memory.get(Math.min(1, memory.size() - 1));
        Map<String, Long> end = memory.get(memory.size() - 1);
        for (String process : PROCESSES) {
            double ratio = end.get(process) / (double) second.get(process);
            out.append("RSS %s: %d MB after the first window → %d MB at the end (%.2f, %s).%n".formatted(process,
                    second.get(process), end.get(process), ratio, ratio <= 1.10 ? "flat" : "**grew**"));
        }
        double hours = LENGTH.toSeconds() / 3600.0;
        out.append("\n| table | rows before | rows after | growth per hour of this load | bounded by |\n");
        out.append("|---|---|---|---|---|\n");
        GROWING.forEach((table, rule) -> out.append("| %s | %,d | %,d | %,.0f | %s |%n".formatted(table,
                before.get(table), after.get(table), (after.get(table) - before.get(table)) / hours, rule)));
        return out.toString();
    }
}
