package de.kim.cases.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import de.kim.platform.database.TransactionSql;

/**
 * Finds the cases of a sub-region by what case managers know of a household: a person's name (any spelling that sounds
 * alike, or its beginning), a case number or part of it (KIM-NORD-2026-000123, 000123), a birth date (12.04.1990 or
 * 1990-04-12). Every word of the query must match; best matches first: exact names before names that begin so before
 * names that only sound alike.
 */
@ApplicationScoped
public class CaseSearch {

    /** More hits than a person reads; the query should be narrowed instead. */
    public static final int MAX_HITS = 500;
    /** A case number or a part of one: letters, digits and dashes with at least one digit. */
    private static final Pattern CASE_NUMBER = Pattern.compile("(?i)[a-z0-9-]*\\d[a-z0-9-]*");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private final EntityManager entityManager;
    private final TransactionSql sql;

    CaseSearch(EntityManager entityManager, TransactionSql sql) {
        this.entityManager = entityManager;
        this.sql = sql;
    }

    /**
     * Ids of the matching cases of the sub-region, best first; empty for a query without words. Each word of the query
     * is one derived table of the cases it matches with its score, joined to the cases: the terms' index leads, so a
     * word matching thousands of people costs one pass over their terms, not a look-up per case.
     */
    @Transactional(TxType.MANDATORY)
    public List<UUID> find(String subregion, String query) {
        List<String> joins = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        parameters.add(subregion);
        for (String token : query.strip().split("\\s+")) {
            LocalDate date = date(token);
            if (date != null) {
                parameters.add(date);
                conditions.add("exists (select 1 from household_member m where m.case_id = c.id and m.birth_date = ?"
                        + parameters.size() + ")");
                continue;
            }
            List<String> matches = new ArrayList<>();
            if (CASE_NUMBER.matcher(token).matches()) {
                parameters.add("%" + token.toUpperCase(Locale.ROOT).replaceAll("[%_\\\\]", "") + "%");
                matches.add("select n.id as case_id, 0 as score from case_file n where n.number like ?"
                        + parameters.size());
            }
            for (String word : NameTerms.words(token)) {
                parameters.add(word);
                int exact = parameters.size();
                parameters.add(word.replaceAll("[%_\\\\]", "") + "%");
                int prefix = parameters.size();
                parameters.add(NameTerms.PHONETIC + NameTerms.phonetic(word));
                int sound = parameters.size();
                // Exact names before names that begin so before names that only sound alike.
                matches.add("select t.case_id, case when t.term = ?" + exact + " then 3 when t.term like ?" + prefix
                        + " then 2 else 1 end as score from member_search_term t where t.term like ?" + prefix
                        + " or t.term = ?" + sound);
            }
            if (matches.isEmpty()) {
                continue;
            }
            String word = "w" + joins.size();
            joins.add("join (select case_id, max(score) as score from (" + String.join(" union all ", matches)
                    + ") m group by case_id) " + word + " on " + word + ".case_id = c.id");
            scores.add(word + ".score");
        }
        if (joins.isEmpty() && conditions.isEmpty()) {
            return List.of();
        }
        conditions.add(0, "c.subregion = ?1");
        String order = scores.isEmpty() ? "" : "(" + String.join(" + ", scores) + ") desc, ";
        // After five runs of a statement PostgreSQL may plan it once for any parameters: a generic plan cannot use the
        // term index for "like ?" and scans every term of every case (65 ms at 125 000 cases instead of 1 ms).
        sql.update("set local plan_cache_mode = force_custom_plan");
        Query search = entityManager.createNativeQuery("select c.id from case_file c " + String.join(" ", joins)
                + " where " + String.join(" and ", conditions) + " order by " + order
                + "c.last_activity_at desc limit " + MAX_HITS, UUID.class);
        for (int i = 0; i < parameters.size(); i++) {
            search.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = search.getResultList();
        return ids;
    }

    private static LocalDate date(String token) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(token, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return null;
    }
}
