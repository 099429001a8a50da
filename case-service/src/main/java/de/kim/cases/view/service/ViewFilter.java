package de.kim.cases.view.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.kim.cases.casefile.domain.CaseNote;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.cases.CaseState.Consent;
import de.kim.platform.events.contract.cases.CaseState.Member;
import de.kim.platform.events.contract.cases.CaseState.Participation;
import de.kim.platform.vocabulary.DataCategory;

/**
 * What an authority may see of a case: nothing unless it takes part and a consent (or statutory basis) for it is in
 * force, and then only the categories covered. Notes another authority kept to itself, and notes confided to the
 * Jugendamt (§ 65 SGB VIII) and not released, never leave their authority.
 */
final class ViewFilter {

    private static final String JUGENDAMT = "JUGENDAMT";

    private ViewFilter() {
    }

    /** The categories each authority may see on {@code day}; authorities absent from the map see nothing. */
    static Map<String, Set<DataCategory>> entitlements(CaseState state, LocalDate day) {
        Map<String, Set<DataCategory>> entitled = new LinkedHashMap<>();
        for (Participation participation : state.participations()) {
            if (!participation.activeOn(day)) {
                continue;
            }
            Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
            for (Consent consent : authorityConsents(state, participation.authority())) {
                if (consent.inForceOn(day)) {
                    categories.addAll(consent.categories());
                }
            }
            if (!categories.isEmpty()) {
                entitled.merge(participation.authority(), categories, (a, b) -> {
                    a.addAll(b);
                    return a;
                });
            }
        }
        return entitled;
    }

    /**
     * The first day after {@code day} on which the entitlements may change without a new event (a participation or
     * consent begins or ends); null when none lies ahead.
     */
    static LocalDate nextChange(CaseState state, LocalDate day) {
        List<LocalDate> boundaries = new ArrayList<>();
        for (Participation p : state.participations()) {
            boundaries.add(p.since());
            boundaries.add(p.until() == null ? null : p.until().plusDays(1));
        }
        for (Consent c : state.consents()) {
            if ("AUTHORITY".equals(c.recipientKind()) && c.revokedAt() == null) {
                boundaries.add(c.grantedOn());
                boundaries.add(c.validUntil() == null ? null : c.validUntil().plusDays(1));
            }
        }
        return boundaries.stream().filter(d -> d != null && d.isAfter(day)).min(LocalDate::compareTo).orElse(null);
    }

    /** The case's data an authority with these categories may see. */
    static Map<String, Object> data(CaseState state, String authority, Set<DataCategory> categories) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number", state.number());
        data.put("subregion", state.subregion());
        // The latest participation is the current one (an authority that left and came back has a new file).
        state.participations().stream().filter(p -> p.authority().equals(authority)).reduce((older, newer) -> newer)
                .ifPresent(p -> data.put("fileReference", p.fileReference()));
        // What the view rests on: the authority's own consents and statutory bases, with their period.
        data.put("consents", authorityConsents(state, authority));
        if (categories.contains(DataCategory.MASTER_DATA)) {
            data.put("phase", state.phase());
            data.put("closedReason", state.closedReason());
            data.put("municipalityId", state.municipalityId());
            data.put("quarterId", state.quarterId());
            data.put("accommodationId", state.accommodationId());
            data.put("nextReview", state.nextReview());
        }
        if (categories.contains(DataCategory.MASTER_DATA) || categories.contains(DataCategory.RESIDENCE)) {
            data.put("members", state.members().stream().map(m -> member(m, categories)).toList());
        }
        if (state.assessment() != null) {
            data.put("assessment", assessment(state.assessment(), categories));
        }
        data.put("needs", state.needs().stream().filter(n -> categories.contains(n.category())).toList());
        data.put("goals", state.goals().stream().filter(g -> categories.contains(g.category())).toList());
        data.put("referrals", state.referrals().stream().filter(r -> categories.contains(r.category())).toList());
        data.put("conferences", state.conferences().stream().filter(c -> c.participants().contains(authority))
                .map(c -> new CaseState.Conference(c.id(), c.heldOn(), c.participants(),
                        c.decisions().stream().filter(d -> categories.contains(d.category())).toList(),
                        c.minutesBy()))
                .toList());
        // The notes are records of their own (ViewNotes): a view entry does not grow with a case's history.
        return data;
    }

    static boolean noteVisible(CaseState.Note note, String authority, Set<DataCategory> categories) {
        boolean own = authority.equals(note.authorAuthority());
        if (CaseNote.keptByJugendamt(note)) {
            return own && JUGENDAMT.equals(authority);
        }
        if ("OWN_AUTHORITY".equals(note.visibility())) {
            return own;
        }
        return own || categories.contains(note.category());
    }

    private static Map<String, Object> assessment(CaseState.Assessment assessment, Set<DataCategory> categories) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("assessedOn", assessment.assessedOn());
        if (categories.contains(DataCategory.FAMILY_CHILD_WELFARE)) {
            shown.put("familyStatus", assessment.familyStatus());
        }
        if (categories.contains(DataCategory.MASTER_DATA)) {
            shown.put("leisureInterests", assessment.leisureInterests());
        }
        shown.put("members", assessment.members().stream().map(m -> {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("memberId", m.memberId());
            if (categories.contains(DataCategory.EDUCATION_WORK)) {
                member.put("schooling", m.schooling());
                member.put("yearsOfSchooling", m.yearsOfSchooling());
                member.put("vocationalQualification", m.vocationalQualification());
                member.put("qualificationRecognised", m.qualificationRecognised());
                member.put("employment", m.employment());
                member.put("inChildcareOrSchool", m.inChildcareOrSchool());
            }
            if (categories.contains(DataCategory.HEALTH)) {
                member.put("healthSupport", m.healthSupport());
            }
            return member;
        }).toList());
        return shown;
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

    private static List<Consent> authorityConsents(CaseState state, String authority) {
        return state.consents().stream()
                .filter(c -> "AUTHORITY".equals(c.recipientKind()) && c.recipient().equals(authority)).toList();
    }
}
