package de.kim.platform.problem;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a failure carries: its causes and its suppressed throwables, nearest first. The transaction manager reports
 * what broke a commit as suppressed throwables of its RollbackException or HeuristicMixedException, not as their cause,
 * so a mapper that follows only {@link Throwable#getCause()} misses a lost database connection at commit.
 */
final class FailureChain {

    /** Deeper chains are loops or frameworks gone wild; what matters sits near the top. */
    private static final int MOST = 32;

    private FailureChain() {
    }

    static List<Throwable> of(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>(List.of(failure));
        while (!next.isEmpty() && found.size() < MOST) {
            Throwable current = next.poll();
            if (!seen.add(current)) {
                continue;
            }
            found.add(current);
            if (current.getCause() != null) {
                next.add(current.getCause());
            }
            next.addAll(List.of(current.getSuppressed()));
        }
        return found;
    }

    /**
     * The classes of the chain and the SQL states, for the log: enough for an operator to tell a lost connection from a
     * bug, without the messages, which can carry personal data.
     */
    static String describe(Throwable failure) {
        return of(failure).stream().map(FailureChain::describeOne).collect(Collectors.joining(" <- "));
    }

    private static String describeOne(Throwable failure) {
        String name = failure.getClass().getName();
        return failure instanceof SQLException sql && sql.getSQLState() != null
                ? name + "[" + sql.getSQLState() + "]"
                : name;
    }
}
