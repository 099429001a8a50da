package de.kim.cases.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import de.kim.cases.casefile.api.CaseInput;
import de.kim.cases.casefile.api.ConsentInput;
import de.kim.cases.casefile.api.ParticipationInput;
import de.kim.cases.casefile.api.TransferInput;
import de.kim.cases.casefile.domain.CasePhase;
import de.kim.cases.casefile.domain.Priority;
import de.kim.cases.casefile.service.CaseAuthorities;
import de.kim.cases.casefile.service.CaseService;
import de.kim.cases.casefile.service.CaseTransfers;
import de.kim.cases.common.Now;
import de.kim.cases.note.api.NoteInput;
import de.kim.cases.note.service.CaseNotes;
import de.kim.cases.plan.api.AssessmentInput;
import de.kim.cases.plan.api.ConferenceInput;
import de.kim.cases.plan.api.GoalInput;
import de.kim.cases.plan.api.MeasureInput;
import de.kim.cases.plan.api.NeedClosingInput;
import de.kim.cases.plan.service.Assessments;
import de.kim.cases.plan.service.NeedKind;
import de.kim.cases.plan.service.Needs;
import de.kim.cases.plan.service.SupportPlan;
import de.kim.cases.reference.domain.OfferReplica;
import de.kim.cases.referral.api.ReferralInput;
import de.kim.cases.referral.service.Referrals;
import de.kim.platform.api.Versioned;
import de.kim.platform.demo.DemoData;
import de.kim.platform.events.contract.cases.CaseState;

/**
 * Writes a planned household through the case-service's own services, step by step, each at its planned moment and
 * as its case manager: every step is a case version with its event, history entry and audit entry, exactly as if a
 * case manager had made it then. One transaction per household, so a household is there whole or not at all.
 */
@ApplicationScoped
class CaseloadWriter {

    private final CaseService cases;
    private final CaseAuthorities authorities;
    private final Assessments assessments;
    private final Needs needs;
    private final SupportPlan plan;
    private final CaseNotes notes;
    private final Referrals referrals;
    private final CaseTransfers transfers;
    private final DemoIdentity identity;

    CaseloadWriter(CaseService cases, CaseAuthorities authorities, Assessments assessments, Needs needs,
            SupportPlan plan, CaseNotes notes, Referrals referrals, CaseTransfers transfers, DemoIdentity identity) {
        this.cases = cases;
        this.authorities = authorities;
        this.assessments = assessments;
        this.needs = needs;
        this.plan = plan;
        this.notes = notes;
        this.referrals = referrals;
        this.transfers = transfers;
        this.identity = identity;
    }

    /** @return the case's id */
    UUID write(PlannedHousehold household) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Case kase = new Case();
                for (Step step : household.steps()) {
                    identity.actAs(household.actorOf(step));
                    Now.asOf(step.at(), () -> {
                        kase.apply(step, household.actorOf(step).subject());
                        return null;
                    });
                }
                return kase.id;
            });
        } finally {
            identity.clear();
        }
    }

    /** The case being written: its id, version and state, and the ids the services gave to what the plan numbers. */
    private final class Case {

        private UUID id;
        private long version;
        private CaseState state;
        private final Map<Integer, UUID> goals = new HashMap<>();
        private final Map<Integer, UUID> measures = new HashMap<>();

        void apply(Step step, String actor) {
            if (step instanceof Step.Open open) {
                Versioned<CaseState> opened = cases.open(opening(open));
                id = opened.body().id();
                took(opened);
            } else if (step instanceof Step.Update update) {
                took(cases.update(id, version, changed(update)));
            } else if (step instanceof Step.Assess assess) {
                took(assessments.record(id, version, assessment(assess)));
            } else if (step instanceof Step.Join join) {
                took(authorities.addParticipation(id, version, new ParticipationInput(join.authority(),
                        join.contact(), join.fileReference(), join.since())));
            } else if (step instanceof Step.Leave leave) {
                state.participations().stream()
                        .filter(p -> p.authority().equals(leave.authority()) && p.until() == null).findFirst()
                        .ifPresent(p -> took(authorities.endParticipation(id, p.id(), version, leave.until())));
            } else if (step instanceof Step.Grant grant) {
                took(authorities.grant(id, version, new ConsentInput(grant.recipientKind(), grant.recipient(),
                        grant.categories(), grant.purpose(), grant.legalBasis(), grant.justification(),
                        grant.documentReference(), grant.grantedOn(), grant.validUntil())));
            } else if (step instanceof Step.Revoke revoke) {
                state.consents().stream().filter(c -> c.recipient().equals(revoke.recipient()) && c.revokedAt() == null)
                        .findFirst().ifPresent(c -> took(authorities.revoke(id, c.id(), version)));
            } else if (step instanceof Step.Note note) {
                took(notes.write(id, version, new NoteInput(note.category(), note.text(), note.visibility(), false),
                        actor, true));
            } else {
                applyPlan(step);
            }
        }

        private void applyPlan(Step step) {
            if (step instanceof Step.AddGoal add) {
                UUID need = need(add.need(), add.needMember());
                took(plan.addGoal(id, version,
                        new GoalInput(add.title(), need == null ? add.need().category() : null, need, null)));
                goals.put(add.goal(), state.goals().get(state.goals().size() - 1).id());
            } else if (step instanceof Step.SetGoal set) {
                CaseState.Goal goal = goal(set.goal());
                took(plan.updateGoal(id, goal.id(), version, new GoalInput(goal.title(),
                        goal.needId() == null ? goal.category() : null, goal.needId(), set.status())));
            } else if (step instanceof Step.AddMeasure add) {
                UUID goal = goals.get(add.goal());
                took(plan.addMeasure(id, goal, version, new MeasureInput(add.description(),
                        add.responsibleAuthority(), add.dueDate(), add.status(), null)));
                goal(add.goal()).measures().stream().map(CaseState.Measure::id)
                        .filter(m -> !measures.containsValue(m)).findFirst()
                        .ifPresent(m -> measures.put(add.measure(), m));
            } else if (step instanceof Step.SetMeasure set) {
                CaseState.Measure measure = goal(set.goal()).measures().stream()
                        .filter(m -> m.id().equals(measures.get(set.measure()))).findFirst().orElseThrow();
                took(plan.updateMeasure(id, goals.get(set.goal()), measure.id(), version,
                        new MeasureInput(measure.description(), measure.responsibleAuthority(), measure.dueDate(),
                                set.status(), set.endedOn())));
            } else if (step instanceof Step.CloseNeed close) {
                UUID need = need(close.need(), close.needMember());
                if (need != null) {
                    took(needs.close(id, need, version, new NeedClosingInput(close.reason(), null)));
                }
            } else if (step instanceof Step.Confer confer) {
                took(plan.recordConference(id, version, new ConferenceInput(confer.heldOn(), confer.participants(),
                        confer.decisions().stream().map(d -> new ConferenceInput.Decision(d.text(),
                                d.responsibleAuthority(), d.dueDate(), null, d.category())).toList())));
            } else {
                applyReferralOrTransfer(step);
            }
        }

        private void applyReferralOrTransfer(Step step) {
            if (step instanceof Step.Refer refer) {
                OfferReplica offer = OfferReplica.findById(refer.offerId());
                if (offer == null || offer.deleted || !offer.active) {
                    return;
                }
                UUID need = refer.need() == null ? null : need(refer.need(), refer.needMember());
                took(referrals.request(id, version, new ReferralInput(refer.offerId(),
                        state.members().get(refer.member()).id(), need,
                        need != null ? null : refer.category() != null ? refer.category() : refer.need().category(),
                        DemoData.REFERRAL_NOTE)));
            } else if (step instanceof Step.RequestTransfer request) {
                took(transfers.request(id, version,
                        new TransferInput(request.toMunicipalityId(), request.toCaseManager(), request.reason())));
            } else if (step instanceof Step.AcceptTransfer) {
                took(transfers.accept(id, version));
            } else {
                throw new IllegalArgumentException("unknown step " + step.getClass().getSimpleName());
            }
        }

        private void took(Versioned<CaseState> changed) {
            state = changed.body();
            version = changed.version();
        }

        private CaseState.Goal goal(int number) {
            UUID goal = goals.get(number);
            return state.goals().stream().filter(g -> g.id().equals(goal)).findFirst().orElseThrow();
        }

        /** The open need of that kind of that member, as the assessment found it; null when it did not. */
        private UUID need(NeedKind kind, Integer member) {
            UUID memberId = member == null ? null : state.members().get(member).id();
            return state.needs().stream().filter(n -> n.isOpen() && n.kind().equals(kind.name())
                    && Objects.equals(n.memberId(), memberId)).map(CaseState.Need::id).findFirst().orElse(null);
        }

        private CaseInput opening(Step.Open open) {
            return new CaseInput(open.municipalityId(), open.quarterId(), open.accommodationId(), null, null, null,
                    open.priority(), open.nextReview(), open.members().stream().map(p -> new CaseInput.MemberInput(null,
                            p.firstName(), p.lastName(), p.birthDate(), p.gender(), p.nationality(),
                            p.languages().stream().map(l -> new CaseInput.LanguageInput(l.code(), l.level())).toList(),
                            p.residenceStatus(), p.residenceValidUntil(), p.arrivalDate())).toList());
        }

        /** The case as it is, with what the step changes. */
        private CaseInput changed(Step.Update update) {
            CasePhase phase = update.phase() != null ? update.phase() : CasePhase.valueOf(state.phase());
            List<CaseInput.MemberInput> members = new ArrayList<>();
            for (int i = 0; i < state.members().size(); i++) {
                CaseState.Member m = state.members().get(i);
                int position = i;
                Step.MemberChange change = update.members().stream().filter(c -> c.member() == position).findFirst()
                        .orElse(null);
                List<CaseInput.LanguageInput> languages = new ArrayList<>(m.languages().stream()
                        .filter(l -> change == null || change.germanLevel() == null || !"de".equals(l.code()))
                        .map(l -> new CaseInput.LanguageInput(l.code(), l.level())).toList());
                if (change != null && change.germanLevel() != null) {
                    languages.add(new CaseInput.LanguageInput("de", change.germanLevel()));
                }
                boolean permit = change != null && change.residenceStatus() != null;
                members.add(new CaseInput.MemberInput(m.id(), m.firstName(), m.lastName(), m.birthDate(), m.gender(),
                        m.nationality(), languages, permit ? change.residenceStatus() : m.residenceStatus(),
                        permit ? change.residenceValidUntil() : m.residenceValidUntil(), m.arrivalDate()));
            }
            return new CaseInput(state.municipalityId(),
                    update.quarterId() != null ? update.quarterId() : state.quarterId(),
                    update.leavesAccommodation() ? null : state.accommodationId(), phase,
                    phase == CasePhase.CLOSED ? update.closedReason() : null, state.caseManager(),
                    Priority.valueOf(state.priority()),
                    update.nextReview() != null ? update.nextReview() : state.nextReview(), members);
        }

        private AssessmentInput assessment(Step.Assess assess) {
            return new AssessmentInput(Now.today(), assess.familyStatus(),
                    assess.members().stream().map(a -> new AssessmentInput.MemberAssessmentInput(
                            state.members().get(a.member()).id(), a.schooling(), a.yearsOfSchooling(),
                            a.vocationalQualification(), a.qualificationRecognised(), a.employment(),
                            a.inChildcareOrSchool(), a.healthSupport())).toList(),
                    assess.leisureInterests(),
                    assess.additionalNeeds().stream().map(n -> new AssessmentInput.NeedInput(n.kind(),
                            n.member() == null ? null : state.members().get(n.member()).id(), n.comment())).toList());
        }
    }
}
