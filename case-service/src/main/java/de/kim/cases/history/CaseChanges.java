package de.kim.cases.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;

import de.kim.platform.events.contract.cases.CaseState;

/**
 * What one change did to a case, thing by thing and field by field with the old and the new value, for people to
 * read: "birth date of Amira Haddad changed from 12.04.1990 to 21.04.1990", "consent for the Jobcenter granted". Things
 * in lists are matched by id, so removing the first person does not read as a change of all others. Note texts never
 * appear (a note's category does); ids are replaced by what they name.
 */
final class CaseChanges {

    /**
     * One change.
     *
     * @param subject
     *            case, member, participation, consent, assessment, need, goal, measure, conference, note, referral or
     *            transfer
     * @param label
     *            what it is: a person's name, an authority or provider code, a need kind, a goal's title, an offer's
     *            title, a date
     * @param of
     *            whose it is, when that tells more: the person a need or referral concerns, the goal of a measure
     * @param field
     *            the field that changed, or added / removed / closed / reopened / revoked / released
     * @param from
     *            the value before (ISO dates, codes as the API uses them), null when there was none
     * @param to
     *            the value after
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String subject, String label, String of, String field, String from, String to) {
    }

    /** Names of what a case refers to by id: municipalities, quarters, accommodations, staff. */
    interface Names {

        String place(UUID id);

        String staff(String subject);
    }

    private record Field<T>(String name, Function<T, Object> value) {
    }

    private final Names names;
    private final List<Change> changes = new ArrayList<>();

    private CaseChanges(Names names) {
        this.names = names;
    }

    /** Empty for a case being opened: the action says it all. */
    static List<Change> between(CaseState before, CaseState after, Names names) {
        if (before == null) {
            return List.of();
        }
        CaseChanges describer = new CaseChanges(names);
        describer.caseFields(before, after);
        describer.members(before, after);
        describer.authorities(before, after);
        describer.plan(before, after);
        describer.notesAndReferrals(before, after);
        return List.copyOf(describer.changes);
    }

    private void caseFields(CaseState before, CaseState after) {
        fields("case", null, null, before, after,
                List.of(new Field<>("phase", CaseState::phase), new Field<>("closedReason", CaseState::closedReason),
                        new Field<>("priority", CaseState::priority), new Field<>("nextReview", CaseState::nextReview),
                        new Field<>("municipality", s -> names.place(s.municipalityId())),
                        new Field<>("quarter", s -> names.place(s.quarterId())),
                        new Field<>("accommodation", s -> names.place(s.accommodationId()))));
        if (!Objects.equals(before.caseManager(), after.caseManager())) {
            // Compared by subject, shown by name: two people the directory does not know still differ.
            add("case", null, null, "caseManager", names.staff(before.caseManager()),
                    names.staff(after.caseManager()));
        }
        CaseState.Transfer was = before.transfer();
        CaseState.Transfer is = after.transfer();
        if (was == null && is != null) {
            String to = is.toCaseManager() != null ? names.staff(is.toCaseManager()) : is.toSubregion();
            add("transfer", to, null, "requested", null, is.reason());
        } else if (was != null && is == null) {
            add("transfer", null, null, Objects.equals(before.subregion(), after.subregion())
                    && Objects.equals(before.caseManager(), after.caseManager()) ? "ended" : "accepted", null, null);
        }
    }

    private void members(CaseState before, CaseState after) {
        list("member", before.members(), after.members(), CaseState.Member::id,
                m -> m.firstName() + " " + m.lastName(), m -> null,
                List.of(new Field<>("firstName", CaseState.Member::firstName),
                        new Field<>("lastName", CaseState.Member::lastName),
                        new Field<>("birthDate", CaseState.Member::birthDate),
                        new Field<>("gender", CaseState.Member::gender),
                        new Field<>("nationality", CaseState.Member::nationality),
                        new Field<>("languages", m -> m.languages().stream().map(l -> l.code() + ":" + l.level())
                                .collect(Collectors.joining(", "))),
                        new Field<>("residenceStatus", CaseState.Member::residenceStatus),
                        new Field<>("residenceValidUntil", CaseState.Member::residenceValidUntil),
                        new Field<>("arrivalDate", CaseState.Member::arrivalDate)));
    }

    private void authorities(CaseState before, CaseState after) {
        list("participation", before.participations(), after.participations(), CaseState.Participation::id,
                CaseState.Participation::authority, p -> null,
                List.of(new Field<>("until", CaseState.Participation::until),
                        new Field<>("contact", CaseState.Participation::contact),
                        new Field<>("fileReference", CaseState.Participation::fileReference)));
        Map<UUID, CaseState.Consent> was = byId(before.consents(), CaseState.Consent::id);
        for (CaseState.Consent consent : after.consents()) {
            CaseState.Consent old = was.get(consent.id());
            String categories = consent.categories().stream().map(Enum::name).collect(Collectors.joining(", "));
            if (old == null) {
                add("consent", consent.recipient(), consent.legalBasis(), "added", null, categories);
            } else if (old.revokedAt() == null && consent.revokedAt() != null) {
                add("consent", consent.recipient(), consent.legalBasis(), "revoked", categories, null);
            } else if (!Objects.equals(old.validUntil(), consent.validUntil())) {
                add("consent", consent.recipient(), consent.legalBasis(), "validUntil", text(old.validUntil()),
                        text(consent.validUntil()));
            }
        }
    }

    private void plan(CaseState before, CaseState after) {
        if (!Objects.equals(before.assessment(), after.assessment()) && after.assessment() != null) {
            add("assessment", null, null, "recorded",
                    before.assessment() == null ? null : text(before.assessment().assessedOn()),
                    text(after.assessment().assessedOn()));
        }
        Function<UUID, String> member = id -> memberName(after, before, id);
        Map<UUID, CaseState.Need> needs = byId(before.needs(), CaseState.Need::id);
        for (CaseState.Need need : after.needs()) {
            CaseState.Need old = needs.remove(need.id());
            String of = member.apply(need.memberId());
            if (old == null) {
                add("need", need.kind(), of, "added", null, need.comment());
            } else if (!old.isOpen() && need.isOpen()) {
                add("need", need.kind(), of, "reopened", old.closedReason(), null);
            } else if (old.isOpen() && !need.isOpen()) {
                add("need", need.kind(), of, "closed", null, need.closedReason());
            } else if (!Objects.equals(old.comment(), need.comment())) {
                add("need", need.kind(), of, "comment", old.comment(), need.comment());
            }
        }
        needs.values().forEach(gone -> add("need", gone.kind(), member.apply(gone.memberId()), "removed", null, null));
        list("goal", before.goals(), after.goals(), CaseState.Goal::id, CaseState.Goal::title, g -> null,
                List.of(new Field<>("title", CaseState.Goal::title), new Field<>("status", CaseState.Goal::status),
                        new Field<>("category", CaseState.Goal::category)));
        Map<UUID, CaseState.Goal> goals = byId(before.goals(), CaseState.Goal::id);
        for (CaseState.Goal goal : after.goals()) {
            List<CaseState.Measure> old = goals.containsKey(goal.id()) ? goals.get(goal.id()).measures() : List.of();
            list("measure", old, goal.measures(), CaseState.Measure::id, CaseState.Measure::description,
                    m -> goal.title(),
                    List.of(new Field<>("description", CaseState.Measure::description),
                            new Field<>("status", CaseState.Measure::status),
                            new Field<>("dueDate", CaseState.Measure::dueDate),
                            new Field<>("responsibleAuthority", CaseState.Measure::responsibleAuthority),
                            new Field<>("endedOn", CaseState.Measure::endedOn)));
        }
        Map<UUID, CaseState.Conference> conferences = byId(before.conferences(), CaseState.Conference::id);
        after.conferences().stream().filter(c -> !conferences.containsKey(c.id())).forEach(c -> add("conference",
                text(c.heldOn()), null, "added", null, String.join(", ", c.participants())));
    }

    private void notesAndReferrals(CaseState before, CaseState after) {
        Map<UUID, CaseState.Note> notes = byId(before.notes(), CaseState.Note::id);
        for (CaseState.Note note : after.notes()) {
            CaseState.Note old = notes.get(note.id());
            if (old == null) {
                add("note", text(note.category()), note.authorAuthority(), "added", null, null);
            } else if (old.release() == null && note.release() != null) {
                add("note", text(note.category()), note.authorAuthority(), "released", null, note.release().basis());
            }
        }
        Map<UUID, CaseState.Referral> referrals = byId(before.referrals(), CaseState.Referral::id);
        for (CaseState.Referral referral : after.referrals()) {
            CaseState.Referral old = referrals.get(referral.id());
            String of = memberName(after, before, referral.memberId());
            if (old == null) {
                add("referral", referral.offerTitle(), of, "added", null, referral.status());
            } else if (!Objects.equals(old.status(), referral.status())) {
                add("referral", referral.offerTitle(), of, "status", old.status(), referral.status());
            }
        }
    }

    /** Added, removed, and each changed field of things matched by id. */
    private <T> void list(String subject, Collection<T> before, Collection<T> after, Function<T, UUID> id,
            Function<T, String> label, Function<T, String> of, List<Field<T>> fields) {
        Map<UUID, T> old = byId(before, id);
        for (T thing : after) {
            T was = old.remove(id.apply(thing));
            if (was == null) {
                add(subject, label.apply(thing), of.apply(thing), "added", null, null);
            } else {
                fields(subject, label.apply(thing), of.apply(thing), was, thing, fields);
            }
        }
        old.values().forEach(gone -> add(subject, label.apply(gone), of.apply(gone), "removed", null, null));
    }

    private <T> void fields(String subject, String label, String of, T before, T after, List<Field<T>> fields) {
        for (Field<T> field : fields) {
            String was = text(field.value().apply(before));
            String is = text(field.value().apply(after));
            if (!Objects.equals(was, is)) {
                add(subject, label, of, field.name(), was, is);
            }
        }
    }

    private void add(String subject, String label, String of, String field, String from, String to) {
        changes.add(new Change(subject, label, of, field, from, to));
    }

    /** The name of a member, also of one removed in this change. */
    private static String memberName(CaseState after, CaseState before, UUID id) {
        if (id == null) {
            return null;
        }
        return Stream.concat(after.members().stream(), before.members().stream())
                .filter(m -> m.id().equals(id)).findFirst().map(m -> m.firstName() + " " + m.lastName())
                .orElse(null);
    }

    private static <T> Map<UUID, T> byId(Collection<T> things, Function<T, UUID> id) {
        Map<UUID, T> byId = new LinkedHashMap<>();
        things.forEach(thing -> byId.put(id.apply(thing), thing));
        return byId;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        return text.isEmpty() ? null : text;
    }
}
