package de.kim.cases.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import de.kim.cases.casefile.domain.Consent;
import de.kim.cases.demo.HouseholdShape.Role;
import de.kim.cases.demo.Residents.Resident;
import de.kim.platform.vocabulary.DataCategory;
import de.kim.platform.vocabulary.ResidenceStatus;

/**
 * Which authorities take part in a demo case, as the legal situation has it: the Sozialamt for asylum seekers and the
 * tolerated (AsylbLG), the Jobcenter once protection is granted (SGB II, the "Rechtskreiswechsel"), the
 * Ausländerbehörde for most who are not EU citizens, the Jugendamt for some families and every young person who came
 * alone. Most give their consent in writing for what each of them needs to see.
 */
final class Authorities {

    static final String JOBCENTER = "JOBCENTER";
    static final String SOZIALAMT = "SOZIALAMT";
    static final String AUSLAENDERBEHOERDE = "AUSLAENDERBEHOERDE";
    static final String JUGENDAMT = "JUGENDAMT";

    private final Timeline timeline;
    private final int number;
    private boolean healthShared;

    Authorities(Timeline timeline, int number) {
        this.timeline = timeline;
        this.number = number;
    }

    void atOpening(ResidenceStatus status, List<Resident> residents, HouseholdShape shape) {
        Draw draw = timeline.draw;
        healthShared = residents.stream().anyMatch(r -> Boolean.TRUE.equals(r.answers().healthSupport()))
                && draw.chance(0.5);
        boolean workingAge = residents.stream().anyMatch(r -> r.role().age() >= 18 && r.role().age() < 67);
        boolean asylum = status == ResidenceStatus.ASYLUM_SEEKER || status == ResidenceStatus.TOLERATED;
        boolean eu = status == ResidenceStatus.EU_CITIZEN;
        if (asylum) {
            maybeJoin(SOZIALAMT, 0.9);
        } else if (eu || status == ResidenceStatus.SETTLEMENT_PERMIT) {
            maybeJoin(JOBCENTER, 0.45);
        } else if (workingAge) {
            maybeJoin(JOBCENTER, 0.85);
        } else {
            maybeJoin(SOZIALAMT, 0.7);
        }
        if (!eu) {
            maybeJoin(AUSLAENDERBEHOERDE, asylum ? 0.85 : 0.6);
        }
        boolean children = residents.stream().anyMatch(r -> r.role().kind() == Role.Kind.CHILD);
        if (shape == HouseholdShape.UNACCOMPANIED_MINOR) {
            maybeJoin(JUGENDAMT, 1);
        } else if (children) {
            maybeJoin(JUGENDAMT, 0.25);
        }
    }

    /** Protection granted: the Sozialamt's benefits end, the Jobcenter's begin about a month later. */
    void toJobcenter(LocalDate decision) {
        LocalDate day = timeline.after(decision, 20, 45);
        if (!timeline.within(day)) {
            return;
        }
        OffsetDateTime at = timeline.moment(day);
        if (timeline.takesPart(SOZIALAMT, at)) {
            leave(SOZIALAMT, at, day);
        }
        if (!timeline.hasJoined(JOBCENTER)) {
            join(JOBCENTER, timeline.later(at, 5));
        }
    }

    /** The case is closed: every authority's participation ends that day. */
    void leaveAll(OffsetDateTime closedAt, LocalDate day) {
        OffsetDateTime at = closedAt;
        for (String authority : timeline.takingPart(closedAt)) {
            at = timeline.later(at, 1);
            leave(authority, at, day);
        }
    }

    private void maybeJoin(String authority, double chance) {
        if (!timeline.draw.chance(chance)) {
            return;
        }
        LocalDate day = timeline.after(timeline.opened, 0, 40);
        if (timeline.within(day)) {
            join(authority, timeline.moment(day));
        }
    }

    private void join(String authority, OffsetDateTime at) {
        Draw draw = timeline.draw;
        LocalDate since = Timeline.day(at);
        timeline.add(new Step.Join(at, authority, DemoTexts.CONTACTS.get(authority),
                DemoTexts.FILE_PREFIXES.get(authority) + String.format("%06d", number), since));
        timeline.joined(authority, at);
        if (!draw.chance(0.85)) {
            return;
        }
        LocalDate granted = timeline.after(since, 0, 7);
        if (!timeline.within(granted)) {
            return;
        }
        OffsetDateTime grantedAt = timeline.moment(granted);
        if (!grantedAt.isAfter(at)) {
            grantedAt = timeline.later(at, 15);
        }
        boolean statutory = (JOBCENTER.equals(authority) || SOZIALAMT.equals(authority)) && draw.chance(0.1);
        timeline.add(new Step.Grant(grantedAt, Consent.RecipientKind.AUTHORITY, authority, categories(authority),
                DemoTexts.CONSENT_PURPOSE, statutory ? Consent.LegalBasis.STATUTORY_69 : Consent.LegalBasis.CONSENT,
                statutory ? DemoTexts.STATUTORY_JUSTIFICATION : null,
                statutory ? null : "DEMO-EW-" + number + "-" + authority.substring(0, 3),
                Timeline.day(grantedAt), Timeline.day(grantedAt).plusYears(draw.chance(0.8) ? 2 : 1)));
        if (draw.chance(0.02)) {
            LocalDate revoked = timeline.after(Timeline.day(grantedAt), 10, 200);
            if (timeline.within(revoked)) {
                timeline.add(new Step.Revoke(timeline.moment(revoked), authority));
            }
        }
    }

    private void leave(String authority, OffsetDateTime at, LocalDate until) {
        timeline.add(new Step.Leave(at, authority, until));
        timeline.left(authority, at);
    }

    private List<DataCategory> categories(String authority) {
        List<DataCategory> categories = new ArrayList<>(List.of(DataCategory.MASTER_DATA));
        switch (authority) {
            case JOBCENTER -> categories.addAll(List.of(DataCategory.EDUCATION_WORK, DataCategory.FINANCES));
            case SOZIALAMT -> {
                categories.add(DataCategory.FINANCES);
                if (healthShared) {
                    categories.add(DataCategory.HEALTH);
                }
            }
            case AUSLAENDERBEHOERDE -> categories.add(DataCategory.RESIDENCE);
            default -> categories.addAll(List.of(DataCategory.FAMILY_CHILD_WELFARE, DataCategory.EDUCATION_WORK));
        }
        return categories;
    }
}
