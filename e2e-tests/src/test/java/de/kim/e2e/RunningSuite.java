package de.kim.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import de.kim.localinfra.kafka.TopicProbe;

/**
 * The suite as {@code ./kim up} starts it, on ports of its own (so it runs beside a developer's suite) with databases
 * of its own, stopped again by {@code ./kim down}.
 */
final class RunningSuite {

    static final int GATEWAY = 18080;
    static final int CASES = 18081;
    static final int OFFERS = 18082;
    static final int REGIONS = 18083;
    /** The second instances ({@code ./kim start gateway-2 | case-service-2}) of the scale-out test. */
    static final int GATEWAY_2 = 18090;
    static final int CASES_2 = 18091;

    private final Path repository;
    private final Path home;
    /** Added to every port of the standard end-to-end suite. */
    private final int portShift;
    /** Whether this suite runs its own embedded PostgreSQL (which a test may stop), not the machine's. */
    private final boolean ownPostgres;
    private final String dbSuffix;
    /** Settings for the suite's processes, as environment variables (MicroProfile Config reads them). */
    private final Map<String, String> settings;

    private RunningSuite(String name, int portShift, boolean ownPostgres, String dbSuffix,
            Map<String, String> settings) {
        repository = Path.of(System.getenv().getOrDefault("KIM_REPOSITORY", "..")).toAbsolutePath().normalize();
        home = repository.resolve("e2e-tests/target/" + name);
        this.portShift = portShift;
        this.ownPostgres = ownPostgres;
        this.dbSuffix = dbSuffix;
        this.settings = settings;
    }

    /**
     * The suite of the end-to-end tests, on the machine's PostgreSQL when one runs. Without start-up caches: the tests
     * start each app once or twice, and on Java 25 writing the cache would make every stop take half a minute.
     */
    RunningSuite() {
        this("kim-e2e", 0, false, "_e2e", Map.of("KIM_STARTUP_CACHE", "off"));
    }

    /**
     * A second suite for the fault tests, on ports 10 000 higher and with a PostgreSQL of its own to restart. The
     * gateway's rate limit is off: the scale-out test sends a stream through the gateways as one agency system.
     */
    static RunningSuite forFaults() {
        return new RunningSuite("kim-faults", 10_000, true, "_e2e",
                Map.of("KIM_STARTUP_CACHE", "off", "KIM_GATEWAY_RATE_LIMIT_ENABLED", "false"));
    }

    /**
     * The suite the benchmark measures, on ports 5 000 higher (all below Linux's ephemeral ports, 32768 and up, which
     * any outgoing connection may hold) and the machine's PostgreSQL when one runs (its limit is
     * what the figures are held against). The gateway's rate limit is off: it caps each client, while the benchmark
     * plays many agency systems from one address.
     */
    static RunningSuite forBenchmark() {
        return new RunningSuite("kim-bench", 5_000, false, "_bench",
                Map.of("KIM_GATEWAY_RATE_LIMIT_ENABLED", "false"));
    }

    /** The JDBC URL of a service's database ({@code kim_cases}, …) as the suite uses it. */
    String database(String name) {
        int port = !ownPostgres && machinePostgresRuns() ? 5432 : port(15432);
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + dbSuffix + "?user=postgres";
    }

    /** The process id of a running component (the leader of its process group: the JVM for the services). */
    long pid(String component) throws IOException {
        return Long.parseLong(Files.readString(home.resolve("pids/" + component + ".pid")).strip().split("\\s+")[0]);
    }

    /** Waits until every service's outbox is empty, then gives the consumers 3 s for what Kafka delivered last. */
    void awaitIdle() throws Exception {
        for (String database : List.of("kim_cases", "kim_offers", "kim_regions")) {
            try (Connection connection = DriverManager.getConnection(database(database));
                    Statement statement = connection.createStatement()) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (true) {
                    try (ResultSet rows = statement.executeQuery("select count(*) from event_outbox")) {
                        rows.next();
                        if (rows.getLong(1) == 0) {
                            break;
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError(database + ": outbox not empty within 2 min");
                    }
                    Thread.sleep(50);
                }
            }
        }
        Thread.sleep(3_000);
    }

    /** The resident memory of a component's process (the JVM for the services), in kilobytes. */
    long rssKilobytes(String component) throws IOException {
        long pid = pid(component);
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    void up() throws Exception {
        if (ownPostgres) {
            deleteRecursively(home.resolve("postgres"));
        } else {
            dropOldDatabases();
        }
        deleteRecursively(home.resolve("kafka"));
        deleteRecursively(home.resolve("kafka-clients"));
        run(List.of("up"), 600);
    }

    void down() throws Exception {
        run(List.of("down"), 180);
    }

    /** {@code ./kim stop NAME}: a component stopped the orderly way. */
    void stop(String component) throws Exception {
        run(List.of("stop", component), 120);
    }

    /** {@code ./kim start NAME}: a stopped or crashed component started again, returning once it is ready. */
    void start(String component) throws Exception {
        run(List.of("start", component), 300);
    }

    /** SIGKILL to the component's whole process group: a crash, no shutdown hook runs. */
    void kill(String component) throws Exception {
        long pgid = pid(component);
        Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + pgid).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("could not kill " + component + " (process group " + pgid + ")");
        }
        // Gone only once the kernel has taken the leader down, or ./kim start would still find it running.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ProcessHandle.of(pgid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(component + " still alive 10 s after SIGKILL");
            }
            Thread.sleep(20);
        }
    }

    String gateway() {
        return "http://localhost:" + port(GATEWAY);
    }

    /** The second gateway, once started. */
    String gateway2() {
        return "http://localhost:" + port(GATEWAY_2);
    }

    String keycloak() {
        return "http://localhost:" + port(18180);
    }

    /** The suite's state directory (KIM_HOME of its ./kim). */
    Path home() {
        return home;
    }

    /** The local Keycloak's master admin password, made on its first start and kept for its owner only. */
    String keycloakAdminPassword() {
        try {
            return Files.readString(home.resolve("keycloak-admin-password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An app's management interface (health, metrics, OpenAPI), by its port in the standard suite. */
    String management(int standardPort) {
        return "http://localhost:" + (port(standardPort) + 1000);
    }

    /** A service's own address (not through the gateway), by its port in the standard suite, e.g. {@link #CASES}. */
    String service(int standardPort) {
        return "http://localhost:" + port(standardPort);
    }

    String kafka() {
        return "127.0.0.1:" + port(19092);
    }

    /** A Kafka client file of the suite's broker: a principal of the access table, or {@code admin}. */
    Path kafkaClient(String principal) {
        return home.resolve("kafka-clients").resolve(principal + ".properties");
    }

    /** The operators' super user on the suite's broker: reads and writes any topic. */
    TopicProbe kafkaProbe() {
        return new TopicProbe(kafka(), kafkaClient("admin"));
    }

    private int port(int standardPort) {
        return standardPort + portShift;
    }

    private void run(List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(home);
        File log = home.resolve("kim-" + args.get(0) + ".out").toFile();
        ProcessBuilder builder = new ProcessBuilder(concat(repository.resolve("kim").toString(), args))
                .directory(repository.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        Map<String, String> env = builder.environment();
        env.put("KIM_HOME", home.toString());
        env.put("KIM_DB_SUFFIX", dbSuffix);
        // The tests count and search the cases they make themselves: no synthetic demo caseload beside them.
        env.put("KIM_DEMO_CASELOAD", "off");
        env.putAll(settings);
        env.put("KIM_SKIP_BUILD", "1");
        env.put("KIM_LOCAL_INFRA_CLASSPATH", System.getProperty("java.class.path"));
        env.put("KIM_GATEWAY_PORT", Integer.toString(port(GATEWAY)));
        env.put("KIM_CASE_PORT", Integer.toString(port(CASES)));
        env.put("KIM_OFFER_PORT", Integer.toString(port(OFFERS)));
        env.put("KIM_REGION_PORT", Integer.toString(port(REGIONS)));
        env.put("KIM_GATEWAY2_PORT", Integer.toString(port(GATEWAY_2)));
        env.put("KIM_CASE2_PORT", Integer.toString(port(CASES_2)));
        env.put("KC_PORT", Integer.toString(port(18180)));
        env.put("KIM_KAFKA_PORT", Integer.toString(port(19092)));
        env.put("KIM_KAFKA_CONTROLLER_PORT", Integer.toString(port(19093)));
        // The machine's PostgreSQL if it runs (and may be used), else an embedded one on a port of our own.
        env.put("KIM_PG_PORT", Integer.toString(!ownPostgres && machinePostgresRuns() ? 5432 : port(15432)));
        reuseDownloadedKeycloak();
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "./kim " + args + " did not finish in " + timeoutSeconds + " s, see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("./kim " + args + " failed:\n" + Files.readString(log.toPath()));
        }
    }

    /**
     * The browser journeys ({@code spa/e2e}, node:test with playwright-core and Debian's Chromium) against this suite.
     * Screenshots land in {@code e2e-tests/target/screenshots}.
     *
     * @return the test runner's output, TAP
     */
    String runBrowserJourneys() throws IOException, InterruptedException {
        Path output = home.resolve("browser-journeys.out");
        ProcessBuilder builder = new ProcessBuilder("npm", "run", "e2e").directory(repository.resolve("spa").toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("KIM_GATEWAY_URL", gateway());
        builder.environment().put("KIM_SCREENSHOT_DIR", repository.resolve("e2e-tests/target/screenshots").toString());
        Process process = builder.start();
        boolean finished = process.waitFor(600, TimeUnit.SECONDS);
        if (!finished) {
            // npm, node and the Chromium they started: nothing may outlive the test run.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String tap = Files.readString(output);
        if (!finished || process.exitValue() != 0) {
            throw new AssertionError("browser journeys failed:\n" + tap);
        }
        return tap;
    }

    /** Every log file of the running suite (./kim writes them to KIM_HOME/logs), by name. */
    Map<String, String> logs() throws IOException {
        Map<String, String> logs = new TreeMap<>();
        try (Stream<Path> files = Files.walk(home.resolve("logs"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                logs.put(file.getFileName().toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return logs;
    }

    /**
     * The developer's ./kim up, or the other end-to-end suite, may have the Keycloak zip already: no second 159 MB
     * copy.
     */
    private void reuseDownloadedKeycloak() throws IOException {
        Path target = home.resolve("downloads");
        for (Path downloads : List.of(repository.resolve(".kim/downloads"),
                repository.resolve("e2e-tests/target/kim-e2e/downloads"))) {
            if (Files.isDirectory(downloads) && !Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && !downloads.startsWith(home)) {
                Files.createSymbolicLink(target, downloads.toRealPath());
            }
        }
    }

    private static boolean machinePostgresRuns() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Each run starts from empty databases; the local server keeps them between runs otherwise. */
    private void dropOldDatabases() {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&connectTimeout=2");
                Statement statement = connection.createStatement()) {
            for (String database : List.of("kim_cases", "kim_offers", "kim_regions")) {
                statement.execute("drop database if exists " + database + dbSuffix + " with (force)");
            }
        } catch (SQLException e) {
            // No server on 5432: ./kim up starts the embedded one with a fresh data directory.
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }
}
