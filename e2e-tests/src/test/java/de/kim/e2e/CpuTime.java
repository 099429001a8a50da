package de.kim.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time (user + system) the machine's processes used, per component of the suite, from {@code /proc}: each
 * component's process group, every PostgreSQL process (the machine's server serves only the suite here) and this JVM
 * (the load). A process that ends in between takes its time along, so only long-lived processes are counted.
 */
final class CpuTime {

    private static final List<String> COMPONENTS = List.of("gateway", "case-service", "offer-service",
            "region-service", "kafka", "keycloak");
    /** Linux counts CPU time in clock ticks of 10 ms (USER_HZ = 100 on every mainstream architecture). */
    private static final long MILLIS_PER_TICK = 10;

    private final Map<Long, String> groups;
    private final Map<String, Long> before;

    private CpuTime(Map<Long, String> groups) {
        this.groups = groups;
        this.before = sample();
    }

    static CpuTime of(RunningSuite suite) throws IOException {
        Map<Long, String> groups = new LinkedHashMap<>();
        for (String component : COMPONENTS) {
            groups.put(suite.pid(component), component);
        }
        // Second instances count while they run (./kim start case-service-2 | gateway-2).
        for (String second : List.of("case-service-2", "gateway-2")) {
            try {
                long pid = suite.pid(second);
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    groups.put(pid, second);
                }
            } catch (IOException notStarted) {
                // never started in this suite
            }
        }
        return new CpuTime(groups);
    }

    /** Milliseconds of CPU per component since this was made. */
    Map<String, Long> usedSince() {
        Map<String, Long> now = sample();
        Map<String, Long> used = new LinkedHashMap<>();
        now.forEach((component, millis) -> used.put(component, millis - before.getOrDefault(component, 0L)));
        return used;
    }

    private Map<String, Long> sample() {
        Map<String, Long> millis = new LinkedHashMap<>();
        groups.values().forEach(component -> millis.put(component, 0L));
        millis.put("PostgreSQL", 0L);
        millis.put("benchmark client", 0L);
        long self = ProcessHandle.current().pid();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String command = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    long group = Long.parseLong(fields[2]);
                    long pid = Long.parseLong(p.getFileName().toString());
                    String component = pid == self
                            ? "benchmark client"
                            : groups.containsKey(group)
                                    ? groups.get(group)
                                    : command.equals("postgres") ? "PostgreSQL" : null;
                    if (component != null) {
                        millis.merge(component, ticks * MILLIS_PER_TICK, Long::sum);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return millis;
    }
}
