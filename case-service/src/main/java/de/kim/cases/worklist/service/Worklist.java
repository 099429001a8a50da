package de.kim.cases.worklist.service;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import de.kim.cases.audit.AuditLog;
import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.domain.CaseGoal;
import de.kim.cases.casefile.domain.CasePhase;
import de.kim.cases.casefile.service.CaseAccess;
import de.kim.cases.casefile.service.CaseStates;
import de.kim.cases.common.Now;
import de.kim.cases.referral.service.ReferralDeadlines;
import de.kim.cases.search.CaseSearch;
import de.kim.cases.worklist.service.WorklistItem.Flag;
import de.kim.platform.api.Page;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.events.contract.cases.CaseState;

/**
 * The "nobody gets lost" worklist: the caller's open cases (or the sub-region's), the ones at risk first, narrowed by
 * phase, flag, priority or case manager; and the search for a case of the sub-region by name, number or birth date.
 */
@ApplicationScoped
public class Worklist {

    private static final Map<String, Integer> WEIGHTS = Map.of("RESIDENCE_EXPIRING", 4, "REFERRAL_OVERDUE", 3,
            "ENDED_WITHOUT_FOLLOW_UP", 3, "REVIEW_OVERDUE", 2, "INACTIVE", 2);
    private static final Map<String, Integer> PRIORITY = Map.of("HIGH", 2, "NORMAL", 1, "LOW", 0);
    /** Cases per fetch query: far below PostgreSQL's limit of bind parameters, even for a whole sub-region. */
    private static final int FETCH_SLICE = 1000;

    public enum Scope {
        /** The cases the caller manages. */
        MINE,
        /** All cases of the caller's sub-region (coordinators; case managers standing in for a colleague). */
        SUBREGION
    }

    private final CaseAccess access;
    private final ReferralDeadlines deadlines;
    private final CaseSearch search;
    private final AuditLog audit;
    private final Session session;

    Worklist(CaseAccess access, ReferralDeadlines deadlines, CaseSearch search, AuditLog audit, Session session) {
        this.access = access;
        this.deadlines = deadlines;
        this.search = search;
        this.audit = audit;
        this.session = session;
    }

    /** One page; only the cases on it count as read (audit). */
    @Transactional
    public Page<WorklistItem> of(WorklistQuery query, int page, int size) {
        // It only reads: no snapshots of what it loads, and no flush (a dirty check of every loaded entity) before each
        // of its queries, which took two fifths of its time.
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        OffsetDateTime now = Now.utc();
        List<CaseFile> candidates = candidates(query);
        fetchWatched(candidates);
        List<WorklistItem> matching = candidates.stream().map(c -> item(c, query.inactiveDays(), now))
                .filter(item -> query.flag() == null
                        || item.flags().stream().anyMatch(f -> f.kind().equals(query.flag().name())))
                .toList();
        if (!query.searches()) {
            matching = matching.stream().sorted(Comparator.comparingInt(WorklistItem::urgency).reversed()
                    .thenComparing(WorklistItem::lastActivityAt)).toList();
        }
        List<WorklistItem> items = matching.stream().skip((long) page * size).limit(size).toList();
        audit.recordReads(query.searches() ? "CASE_SEARCHED" : "WORKLIST_READ",
                items.stream().map(WorklistItem::caseId).toList());
        return new Page<>(items, page, size, matching.size());
    }

    /** A search keeps the order of its relevance; the worklist's own order is by urgency. */
    private List<CaseFile> candidates(WorklistQuery query) {
        if (query.searches()) {
            List<UUID> found = search.find(access.subregion(), query.query());
            Map<UUID, CaseFile> loaded = new HashMap<>();
            if (!found.isEmpty()) {
                CaseFile.<CaseFile>list("id in ?1", found).forEach(c -> loaded.put(c.id, c));
            }
            return found.stream().map(loaded::get).filter(c -> c != null && matches(c, query)).toList();
        }
        QueryFilter filter = new QueryFilter().and("subregion = :subregion", "subregion", access.subregion())
                .and("caseManager = :me", "me", query.scope() == Scope.MINE ? access.subject() : null)
                .and("phase = :phase", "phase", query.phase())
                .and("phase <> :closed", "closed", query.phase() == null ? CasePhase.CLOSED : null);
        return CaseFile.<CaseFile>list(filter.query(), filter.parameters()).stream().filter(c -> matches(c, query))
                .toList();
    }

    private static boolean matches(CaseFile caseFile, WorklistQuery query) {
        return (query.phase() == null || caseFile.phase == query.phase())
                && (query.priority() == null || caseFile.priority == query.priority())
                && (query.caseManager() == null || query.caseManager().equals(caseFile.caseManager));
    }

    /**
     * Loads what the risk rules read of every candidate, a slice of cases per query: four queries for a caseload
     * instead of one per case and collection. Nothing else of a case is loaded (its notes, consents or conferences),
     * so an old case costs the worklist what a new one does.
     */
    private static void fetchWatched(List<CaseFile> cases) {
        for (int from = 0; from < cases.size(); from += FETCH_SLICE) {
            List<UUID> ids = cases.subList(from, Math.min(cases.size(), from + FETCH_SLICE)).stream()
                    .map(c -> c.id).toList();
            // Each collection in a query of its own: fetching two lists at once would multiply their rows.
            CaseFile.list("from CaseFile c left join fetch c.members where c.id in ?1", ids);
            CaseFile.list("from CaseFile c left join fetch c.referrals where c.id in ?1", ids);
            CaseFile.list("from CaseFile c left join fetch c.goals where c.id in ?1", ids);
            CaseGoal.list("from CaseGoal g left join fetch g.measures where g.caseFile.id in ?1",
                    ids);
        }
    }

    private WorklistItem item(CaseFile caseFile, int inactiveDays, OffsetDateTime now) {
        List<CaseState.Member> people = CaseStates.members(caseFile);
        List<Flag> flags = RiskRules.flags(new RiskRules.Watched(people, CaseStates.goals(caseFile),
                CaseStates.referrals(caseFile), caseFile.nextReview, caseFile.lastActivityAt), inactiveDays,
                deadlines, now);
        int urgency = flags.stream().mapToInt(f -> WEIGHTS.get(f.kind())).sum()
                + PRIORITY.get(caseFile.priority.name());
        Function<CaseState.Member, String> name = m -> m.firstName() + " " + m.lastName();
        List<String> members = people.stream().map(name).toList();
        return new WorklistItem(caseFile.id, caseFile.number, members.isEmpty() ? null : members.get(0), members,
                caseFile.phase.name(), caseFile.priority.name(), caseFile.caseManager, caseFile.nextReview,
                caseFile.lastActivityAt, urgency, flags);
    }
}
