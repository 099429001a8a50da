package de.kim.e2e;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The suite as {@code ./kim up} starts it, on ports of its own (so it runs beside a developer's suite) with databases
 * of its own, stopped again by {@code ./kim down}.
 */
final class RunningSuite {

    static final int GATEWAY = 18080;
    static final int CASES = 18081;
    static final int OFFERS = 18082;
    static final int REGIONS = 18083;
    static final int KEYCLOAK = 18180;
    private static final String DB_SUFFIX = "_e2e";

    private final Path repository;
    private final Path home;

    RunningSuite() {
        repository = Path.of(System.getenv().getOrDefault("KIM_REPOSITORY", "..")).toAbsolutePath().normalize();
        home = repository.resolve("e2e-tests/target/kim-e2e");
    }

    void up() throws Exception {
        dropOldDatabases();
        deleteRecursively(home.resolve("kafka"));
        run(List.of("up"), 600);
    }

    void down() throws Exception {
        run(List.of("down"), 180);
    }

    String gateway() {
        return "http://localhost:" + GATEWAY;
    }

    String keycloak() {
        return "http://localhost:" + KEYCLOAK;
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
        env.put("KIM_DB_SUFFIX", DB_SUFFIX);
        env.put("KIM_SKIP_BUILD", "1");
        env.put("KIM_LOCAL_INFRA_CLASSPATH", System.getProperty("java.class.path"));
        env.put("KIM_GATEWAY_PORT", Integer.toString(GATEWAY));
        env.put("KIM_CASE_PORT", Integer.toString(CASES));
        env.put("KIM_OFFER_PORT", Integer.toString(OFFERS));
        env.put("KIM_REGION_PORT", Integer.toString(REGIONS));
        env.put("KC_PORT", Integer.toString(KEYCLOAK));
        env.put("KIM_KAFKA_PORT", "19092");
        env.put("KIM_KAFKA_CONTROLLER_PORT", "19093");
        // The machine's PostgreSQL if it runs, else an embedded one on a port of our own.
        env.put("KIM_PG_PORT", Integer.toString(machinePostgresRuns() ? 5432 : 15432));
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

    /** The developer's ./kim up may have the Keycloak zip already: no second 159 MB copy. */
    private void reuseDownloadedKeycloak() throws IOException {
        Path downloads = repository.resolve(".kim/downloads");
        Path target = home.resolve("downloads");
        if (Files.isDirectory(downloads) && !Files.exists(target)) {
            Files.createSymbolicLink(target, downloads);
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
                statement.execute("drop database if exists " + database + DB_SUFFIX + " with (force)");
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
