package de.kim.cases.view.service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.domain.CaseNote;
import de.kim.cases.casefile.service.CaseStates;
import de.kim.cases.common.Now;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.views.ViewCase;
import de.kim.platform.events.kafka.ConsumerLag;
import de.kim.platform.vocabulary.DataCategory;

/**
 * Compares the authority views with the source of truth, the case tables: a view entry whose case version is behind
 * the case is lag (it will catch up); an entry at the current version that shows other data than the case's current
 * state allows, or an entry missing or too many, is drift (a defect). The notes the views keep beside a case (see
 * {@link ViewNotes}) are compared the same way: exactly the case's notes that others than their writer's side may read.
 */
@ApplicationScoped
public class ViewConsistency {

    private static final int BATCH = 500;
    /** Enough case ids to act on; the counts are always complete. */
    private static final int LISTED = 100;

    private final EntityManager entityManager;
    private final AuthorityViews views;
    private final ViewNotes viewNotes;
    private final ConsumerLag consumerLag;

    ViewConsistency(EntityManager entityManager, AuthorityViews views, ViewNotes viewNotes, ConsumerLag consumerLag) {
        this.entityManager = entityManager;
        this.views = views;
        this.viewNotes = viewNotes;
        this.consumerLag = consumerLag;
    }

    /**
     * @param consumerLag
     *            case events on the topic not yet consumed by the projector; null when the broker cannot be asked
     * @param casesBehind
     *            cases whose latest version the views have not applied yet
     * @param oldestPendingSeconds
     *            how long the oldest of those changes has waited
     * @param drift
     *            wrong view entries of every view, and cases whose notes in the views are wrong
     * @param notesDrifted
     *            cases at their current version in the views whose kept notes differ from the case's shared notes
     */
    public record Report(OffsetDateTime checkedAt, long cases, Long consumerLag, long casesBehind,
            long oldestPendingSeconds, long drift, List<ViewReport> views, long notesDriftCount,
            List<UUID> notesDrifted) {
    }

    /**
     * @param behind
     *            cases whose entry in this view is older than the case (lag)
     * @param drifted
     *            cases whose entry is at the case's version but wrong, missing or superfluous
     */
    public record ViewReport(String authority, long entries, long behindCount, List<UUID> behind, long driftCount,
            List<UUID> drifted) {
    }

    @Transactional
    public Report check() {
        OffsetDateTime now = Now.utc();
        LocalDate today = Now.today();
        Map<String, Tally> tallies = new TreeMap<>();
        Tally notes = new Tally();
        long cases = 0;
        long behindCases = 0;
        OffsetDateTime oldestPending = null;
        List<UUID> ids = entityManager.createQuery("select c.id from CaseFile c order by c.id", UUID.class)
                .getResultList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<UUID, Map<String, Entry>> shown = shown(batch);
            Map<UUID, Applied> applied = applied(batch);
            Map<UUID, List<CaseState.Note>> notesShown = viewNotes.shared(batch);
            Map<UUID, Set<CaseState.Note>> notesShared = notesShared(batch);
            for (CaseFile caseFile : CaseFile.<CaseFile>list("id in ?1", batch)) {
                cases++;
                Map<String, Entry> entries = shown.getOrDefault(caseFile.id, Map.of());
                Applied caseApplied = applied.get(caseFile.id);
                boolean behind = compare(caseFile, caseApplied, entries, today, tallies);
                // A pending case event may carry notes too; with several relays a note may also follow its case's
                // state by a moment, so a report showing drift here is read again before acting on it.
                if (!eventPending(caseFile, caseApplied)
                        && !Set.copyOf(notesShown.getOrDefault(caseFile.id, List.of()))
                                .equals(notesShared.getOrDefault(caseFile.id, Set.of()))) {
                    notes.drifted(caseFile.id);
                }
                if (behind) {
                    behindCases++;
                    if (oldestPending == null || caseFile.lastActivityAt.isBefore(oldestPending)) {
                        oldestPending = caseFile.lastActivityAt;
                    }
                }
            }
            entityManager.clear();
        }
        List<ViewReport> reports = tallies.entrySet().stream().map(e -> e.getValue().report(e.getKey())).toList();
        long drift = reports.stream().mapToLong(ViewReport::driftCount).sum() + notes.driftCount;
        long waited = oldestPending == null ? 0 : Duration.between(oldestPending, now).toSeconds();
        return new Report(now, cases, consumerLag.of("case-service.authority-views", Topic.CASES), behindCases,
                waited, drift, reports, notes.driftCount, notes.drifted);
    }

    /**
     * @return whether the views are behind this case: its latest version not applied yet, or a change by the date due
     *         but not yet re-applied (the expiry check runs periodically). Wrong entries are lag then, else drift.
     */
    private boolean compare(CaseFile caseFile, Applied applied, Map<String, Entry> entries, LocalDate today,
            Map<String, Tally> tallies) {
        boolean eventPending = eventPending(caseFile, applied);
        boolean expiryDue = applied != null && applied.nextChange() != null && !applied.nextChange().isAfter(today);
        // The entries hold no notes (records of their own, see ViewNotes): comparing them reads none.
        CaseState state = CaseStates.withoutNotes(caseFile);
        Map<String, Set<DataCategory>> entitled = ViewFilter.entitlements(state, today);
        Set<String> authorities = new TreeSet<>(entries.keySet());
        authorities.addAll(entitled.keySet());
        boolean anyWrong = false;
        for (String authority : authorities) {
            Tally tally = tallies.computeIfAbsent(authority, a -> new Tally());
            Entry shown = entries.get(authority);
            if (shown != null) {
                tally.entries++;
            }
            if (isRight(caseFile, state, authority, entitled.get(authority), shown)) {
                continue;
            }
            anyWrong = true;
            if (eventPending || expiryDue) {
                tally.behind(caseFile.id);
            } else {
                tally.drifted(caseFile.id);
            }
        }
        return eventPending || (expiryDue && anyWrong);
    }

    /** The entry is exactly what the case's current state allows the authority, or absent when nothing is allowed. */
    private boolean isRight(CaseFile caseFile, CaseState state, String authority, Set<DataCategory> categories,
            Entry shown) {
        if (categories == null) {
            return shown == null;
        }
        if (shown == null || shown.version() != caseFile.version) {
            return false;
        }
        ViewCase wanted = new ViewCase(caseFile.id, caseFile.version, categories.stream().sorted().toList(),
                ViewFilter.data(state, authority, categories));
        return views.content(wanted).equals(shown.content());
    }

    /** What the views last applied of a case: its version, and the day its entitlements change next. */
    private record Applied(long version, LocalDate nextChange) {
    }

    private Map<UUID, Applied> applied(List<UUID> caseIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select case_id, version, next_change from authority_view_source
                 where case_id = any(cast(?1 as uuid[]))
                """, Object[].class).setParameter(1, caseIds.toArray(UUID[]::new)).getResultList();
        Map<UUID, Applied> applied = new HashMap<>();
        for (Object[] row : rows) {
            applied.put((UUID) row[0], new Applied(((Number) row[1]).longValue(), localDate(row[2])));
        }
        return applied;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The notes of each case that the case-service publishes (see {@code NoteRecords}). */
    private static Map<UUID, Set<CaseState.Note>> notesShared(List<UUID> caseIds) {
        Map<UUID, Set<CaseState.Note>> shared = new HashMap<>();
        for (CaseNote stored : CaseNote.<CaseNote>list("caseFile.id in ?1", caseIds)) {
            CaseState.Note note = CaseStates.note(stored);
            if (CaseStates.sharedBeyondItsWriter(note)) {
                shared.computeIfAbsent(stored.caseFile.id, id -> new HashSet<>()).add(note);
            }
        }
        return shared;
    }

    /** Whether the views have not applied the case's latest version yet. */
    private static boolean eventPending(CaseFile caseFile, Applied applied) {
        return applied == null || applied.version() < caseFile.version;
    }

    /** What a view shows of a case: its version and content. */
    private record Entry(long version, JsonNode content) {
    }

    private Map<UUID, Map<String, Entry>> shown(List<UUID> caseIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select case_id, authority, case_version,
                       jsonb_build_object('categories', categories, 'data', data)::text
                  from authority_view_case where case_id = any(cast(?1 as uuid[]))
                """, Object[].class).setParameter(1, caseIds.toArray(UUID[]::new)).getResultList();
        Map<UUID, Map<String, Entry>> shown = new HashMap<>();
        for (Object[] row : rows) {
            shown.computeIfAbsent((UUID) row[0], id -> new HashMap<>()).put((String) row[1],
                    new Entry(((Number) row[2]).longValue(), views.readTree((String) row[3])));
        }
        return shown;
    }

    private static final class Tally {
        long entries;
        long behindCount;
        long driftCount;
        final List<UUID> behind = new ArrayList<>();
        final List<UUID> drifted = new ArrayList<>();

        void behind(UUID caseId) {
            behindCount++;
            if (behind.size() < LISTED) {
                behind.add(caseId);
            }
        }

        void drifted(UUID caseId) {
            driftCount++;
            if (drifted.size() < LISTED) {
                drifted.add(caseId);
            }
        }

        ViewReport report(String authority) {
            return new ViewReport(authority, entries, behindCount, behind, driftCount, drifted);
        }
    }
}
