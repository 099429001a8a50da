package de.kim.localinfra.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.kim.localinfra.openapi.CommittedOpenApi;

/**
 * Who may call which operation of a service, as {@code docs/access/<service>.txt} states it: one line per operation,
 * {@code METHOD /path/{template} role role …}, or {@code anyone} for the public ones. The file is the reviewed
 * statement; {@link AccessMatrixTestBase} holds the running service to it.
 */
public final class AccessMatrix {

    public static final String ANYONE = "anyone";

    private final Path file;
    private final Map<String, Set<String>> rules;

    private AccessMatrix(Path file, Map<String, Set<String>> rules) {
        this.file = file;
        this.rules = rules;
    }

    public static AccessMatrix of(String service, Set<String> knownRoles) {
        Path file = CommittedOpenApi.repositoryRoot().resolve("docs/access/" + service + ".txt");
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the access matrix " + file + " is missing", e);
        }
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            if (words.length < 3) {
                throw new IllegalStateException(file + ":" + number + ": want METHOD /path roles…, got " + line);
            }
            Set<String> roles = Set.copyOf(Arrays.asList(words).subList(2, words.length));
            for (String role : roles) {
                if (!knownRoles.contains(role) && !(role.equals(ANYONE) && roles.size() == 1)) {
                    throw new IllegalStateException(file + ":" + number + ": unknown role " + role);
                }
            }
            if (rules.put(words[0] + " " + words[1], roles) != null) {
                throw new IllegalStateException(file + ":" + number + ": " + words[0] + " " + words[1] + " twice");
            }
        }
        return new AccessMatrix(file, rules);
    }

    public Path file() {
        return file;
    }

    /** The roles for an operation ({@code METHOD /path}); {@code [anyone]} when public; empty when not listed. */
    public Optional<Set<String>> rolesFor(String operation) {
        return Optional.ofNullable(rules.get(operation));
    }

    public Set<String> operations() {
        return rules.keySet();
    }
}
