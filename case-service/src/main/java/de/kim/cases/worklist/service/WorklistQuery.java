package de.kim.cases.worklist.service;

import de.kim.cases.casefile.domain.CasePhase;
import de.kim.cases.casefile.domain.Priority;

/**
 * What the caller asks the worklist for.
 *
 * @param query
 *            words to find cases by (names, case number, birth date); searches the whole sub-region, closed cases
 *            included; null for the worklist itself
 * @param phase
 *            only cases in this phase (CLOSED lists closed cases)
 * @param flag
 *            only cases with this flag
 * @param caseManager
 *            only this case manager's cases (subject)
 */
public record WorklistQuery(Worklist.Scope scope, int inactiveDays, String query, CasePhase phase,
        WorklistItem.Flag.Kind flag,
        Priority priority, String caseManager) {

    boolean searches() {
        return query != null && !query.isBlank();
    }
}
