package de.kim.cases.history;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.cases.common.NativeRows;
import de.kim.cases.common.Now;
import de.kim.cases.history.CaseChanges.Change;
import de.kim.platform.database.TransactionSql;
import de.kim.platform.events.contract.cases.CaseState;

/**
 * Who changed what when, in words: one entry per case version, written in the transaction of the change, with the
 * actor's name and authority as they were then and each change with its old and new value.
 */
@ApplicationScoped
public class CaseHistory {

    /** The actor of a change the case management may not see (§ 65 SGB VIII, own-authority notes). */
    public static final String RESTRICTED = "restricted";
    private static final String SYSTEM = "system:";
    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final TransactionSql sql;
    private final ObjectMapper json;
    private final HistoryNames names;

    CaseHistory(EntityManager entityManager, TransactionSql sql, ObjectMapper json, HistoryNames names) {
        this.sql = sql;
        this.entityManager = entityManager;
        this.json = json;
        this.names = names;
    }

    /**
     * An entry of the history.
     *
     * @param changes
     *            empty for an opening, for a restricted change and for entries older than this form of the history
     */
    public record Entry(long version, OffsetDateTime at, Actor actor, String action, List<Change> changes) {
    }

    /**
     * Who made a change.
     *
     * @param kind
     *            PERSON, SYSTEM (another service, e.g. a provider's answer through the offer-service) or RESTRICTED
     * @param name
     *            the person's name, null when unknown
     * @param authority
     *            the authority the person acted for; null for the KIM case management
     * @param system
     *            the service, for SYSTEM
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Actor(String kind, String name, String authority, String system) {
    }

    /**
     * @param actor
     *            the subject of the person, {@code system:<service>} or {@link #RESTRICTED}
     * @param actorName
     *            the person's name as the token gave it, null for systems
     */
    @Transactional(TxType.MANDATORY)
    public void record(CaseState before, CaseState after, long version, String actor, String actorName,
            String actorAuthority, String action) {
        List<Change> changes = RESTRICTED.equals(actor) ? List.of() : CaseChanges.between(before, after, names);
        // The case row is flushed before (CaseService.commit): case_history refers to it.
        sql.update("""
                insert into case_history (case_id, version, at, actor, actor_name, actor_authority, action, details)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                """, after.id(), version, Now.utc(), actor, actorName, actorAuthority, action, toJson(changes));
    }

    /** Newest first. */
    @Transactional(TxType.MANDATORY)
    public List<Entry> of(UUID caseId, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select version, at, actor, actor_name, actor_authority, action, details::text from case_history
                 where case_id = ?1 order by version desc limit ?2 offset ?3
                """, Object[].class).setParameter(1, caseId).setParameter(2, size).setParameter(3, page * size)
                .getResultList();
        return rows.stream().map(this::entry).toList();
    }

    private Entry entry(Object[] row) {
        try {
            return new Entry(((Number) row[0]).longValue(), NativeRows.moment(row[1]),
                    actor((String) row[2], (String) row[3], (String) row[4]), (String) row[5],
                    json.readValue((String) row[6], CHANGES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history row is not JSON", e);
        }
    }

    /** Entries written before names were kept take the name the team directory has now. */
    private Actor actor(String actor, String name, String authority) {
        if (RESTRICTED.equals(actor)) {
            return new Actor("RESTRICTED", null, null, null);
        }
        if (actor.startsWith(SYSTEM)) {
            return new Actor("SYSTEM", null, null, actor.substring(SYSTEM.length()));
        }
        return new Actor("PERSON", name != null ? name : names.staff(actor), authority, null);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history cannot be written", e);
        }
    }
}
