package de.kim.cases.view.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.cases.CaseState.Consent;
import de.kim.platform.events.contract.cases.CaseState.Member;
import de.kim.platform.events.contract.cases.CaseState.Participation;
import de.kim.platform.vocabulary.DataCategory;

/**
 * What an authority may see of a case: nothing unless it takes part and a consent (or statutory
 * basis) for it is in force, and then only the categories covered.
 */
final class ViewFilter {

    private ViewFilter() {
    }

    /** The categories each authority may see today; authorities absent from the map see nothing. */
    static Map<String, Set<DataCategory>> entitlements(CaseState state, LocalDate today) {
        Map<String, Set<DataCategory>> entitled = new LinkedHashMap<>();
        for (Participation participation : state.participations()) {
            boolean active = !participation.since().isAfter(today)
                    && (participation.until() == null || !participation.until().isBefore(today));
            if (!active) {
                continue;
            }
            Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
            for (Consent consent : state.consents()) {
                boolean inForce = "AUTHORITY".equals(consent.recipientKind())
                        && consent.recipient().equals(participation.authority()) && consent.revokedAt() == null
                        && !consent.grantedOn().isAfter(today)
                        && (consent.validUntil() == null || !consent.validUntil().isBefore(today));
                if (inForce) {
                    categories.addAll(consent.categories());
                }
            }
            if (!categories.isEmpty()) {
                entitled.put(participation.authority(), categories);
            }
        }
        return entitled;
    }

    /** The case's data an authority with these categories may see. */
    static Map<String, Object> data(CaseState state, String authority, Set<DataCategory> categories) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number", state.number());
        data.put("subregion", state.subregion());
        state.participations().stream().filter(p -> p.authority().equals(authority)).findFirst()
                .ifPresent(p -> data.put("fileReference", p.fileReference()));
        if (categories.contains(DataCategory.MASTER_DATA)) {
            data.put("phase", state.phase());
            data.put("municipalityId", state.municipalityId());
        }
        List<Map<String, Object>> members = state.members().stream().map(m -> member(m, categories)).toList();
        if (categories.contains(DataCategory.MASTER_DATA) || categories.contains(DataCategory.RESIDENCE)) {
            data.put("members", members);
        }
        return data;
    }

    private static Map<String, Object> member(Member member, Set<DataCategory> categories) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", member.id());
        if (categories.contains(DataCategory.MASTER_DATA)) {
            shown.put("firstName", member.firstName());
            shown.put("lastName", member.lastName());
            shown.put("birthDate", member.birthDate());
            shown.put("gender", member.gender());
            shown.put("nationality", member.nationality());
            shown.put("languages", member.languages());
            shown.put("arrivalDate", member.arrivalDate());
        }
        if (categories.contains(DataCategory.RESIDENCE)) {
            shown.put("residenceStatus", member.residenceStatus());
            shown.put("residenceValidUntil", member.residenceValidUntil());
        }
        return shown;
    }
}
