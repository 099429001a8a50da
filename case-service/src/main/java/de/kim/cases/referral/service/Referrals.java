package de.kim.cases.referral.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.domain.Referral;
import de.kim.cases.casefile.service.CaseAccess;
import de.kim.cases.casefile.service.CaseChange;
import de.kim.cases.casefile.service.CaseService;
import de.kim.cases.casefile.service.CaseStates;
import de.kim.cases.common.Now;
import de.kim.cases.reference.domain.OfferReplica;
import de.kim.cases.reference.domain.ProviderReplica;
import de.kim.cases.reference.domain.StaffReplica;
import de.kim.cases.referral.api.ReferralInput;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.referrals.ReferralEvents;
import de.kim.platform.events.contract.referrals.ReferralRequested;
import de.kim.platform.events.contract.referrals.ReferralStatus;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;
import de.kim.platform.vocabulary.DataCategory;

/**
 * Refers household members to offers and keeps track of the providers' answers (kim.referrals.v1). The provider gets
 * what decides eligibility and a pseudonymous reference; a name only when the person consented to share master data
 * with that provider.
 */
@ApplicationScoped
public class Referrals {

    /** The actor of changes that arrive from the offer-service. */
    static final String OFFER_SERVICE = CaseService.SYSTEM + "offer-service";

    private final CaseService cases;
    private final CaseAccess access;
    private final Outbox outbox;
    private final ReferralDeadlines deadlines;

    Referrals(CaseService cases, CaseAccess access, Outbox outbox, ReferralDeadlines deadlines) {
        this.cases = cases;
        this.access = access;
        this.outbox = outbox;
        this.deadlines = deadlines;
    }

    /**
     * Whom the provider calls back: the referring case manager with the work contact the team directory has, else
     * what their token says.
     */
    private ReferralRequested.ReferredBy referredBy() {
        return StaffReplica.bySubject(access.subject())
                .map(staff -> new ReferralRequested.ReferredBy(staff.displayName, staff.phone, staff.email))
                .orElseGet(() -> new ReferralRequested.ReferredBy(access.displayName(), access.claim("phone_number"),
                        access.claim("email")));
    }

    /** A referral with what the worklist also looks at. */
    public record ReferralView(CaseState.Referral referral, OffsetDateTime dueBy, boolean overdue) {
    }

    @Transactional
    public List<ReferralView> of(UUID caseId) {
        OffsetDateTime now = Now.utc();
        return CaseStates.of(cases.read(caseId, "REFERRALS_READ")).referrals().stream()
                .map(r -> new ReferralView(r, deadlines.dueBy(r), deadlines.overdue(r, now))).toList();
    }

    @Transactional
    public Versioned<CaseState> request(UUID caseId, long expectedVersion, ReferralInput input) {
        CaseChange change = cases.begin(caseId, expectedVersion, "REFERRAL_REQUESTED");
        CaseFile caseFile = change.caseFile();
        OfferReplica offer = OfferReplica.findById(input.offerId());
        if (offer == null || offer.deleted || !offer.active) {
            throw ApiProblem.invalid("offerId", "unknown", "no such active offer");
        }
        CaseState.Member member = change.before().members().stream().filter(m -> m.id().equals(input.memberId()))
                .findFirst()
                .orElseThrow(() -> ApiProblem.invalid("memberId", "unknown", "no such member in this case"));
        DataCategory category = input.category();
        if (input.needId() != null) {
            CaseState.Need need = caseFile.needs.stream().filter(n -> n.id().equals(input.needId())).findFirst()
                    .orElseThrow(
                            () -> ApiProblem.invalid("needId", "unknown", "no such need in this case's assessment"));
            if (category != null && category != need.category()) {
                // Another category would show the need to authorities whose consent does not cover it.
                throw ApiProblem.invalid("category", "need-category", "must be the need's category " + need.category()
                        + ", or left out");
            }
            category = need.category();
        }
        if (category == null) {
            throw ApiProblem.invalid("category", "required", "is required for a referral that answers no need");
        }
        OffsetDateTime now = Now.utc();
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.caseFile = caseFile;
        referral.offerId = offer.id;
        referral.offerTitle = offer.title;
        referral.memberId = member.id();
        referral.needId = input.needId();
        referral.category = category;
        referral.status = Referral.Status.REQUESTED;
        referral.requestedAt = now;
        referral.statusAt = now;
        referral.statusVersion = 0;
        caseFile.referrals.add(referral);
        ReferralRequested request = new ReferralRequested(referral.id, offer.id, referral.id.toString(), now,
                member.birthDate() == null
                        ? null
                        : Period.between(member.birthDate(), Now.today()).getYears(),
                member.gender(), member.residenceStatus(), contact(change.before(), offer, member), input.note(),
                referredBy());
        outbox.append(ReferralEvents.REQUESTED, referral.id.toString(), 0, request);
        return cases.commit(change);
    }

    /** Applies a provider's answer; older answers delivered late, and referrals of no case here, are ignored. */
    @Transactional(TxType.MANDATORY)
    public void answer(ReferralStatus status, long version) {
        Referral referral = Referral.findById(status.referralId());
        if (referral == null || version <= referral.statusVersion) {
            return;
        }
        CaseFile caseFile = referral.caseFile;
        CaseChange change = cases.begin(caseFile, caseFile.version, "REFERRAL_ANSWERED", OFFER_SERVICE);
        referral.status = Referral.Status.valueOf(status.status());
        referral.reason = status.reason();
        referral.waitlistPosition = status.waitlistPosition();
        referral.statusAt = status.at() == null ? Now.utc() : Now.stored(status.at());
        referral.statusVersion = version;
        cases.commit(change);
    }

    /** The name goes to the provider only with a consent in force that names it and covers master data. */
    private static ReferralRequested.Contact contact(CaseState state, OfferReplica offer, CaseState.Member member) {
        ProviderReplica provider = ProviderReplica.findById(offer.providerId);
        if (provider == null || provider.deleted) {
            return null;
        }
        LocalDate today = Now.today();
        boolean consented = state.consents().stream()
                .anyMatch(c -> "PROVIDER".equals(c.recipientKind()) && c.recipient().equals(provider.code)
                        && c.inForceOn(today) && c.categories().contains(DataCategory.MASTER_DATA));
        return consented
                ? new ReferralRequested.Contact(member.firstName() + " " + member.lastName(), null, null)
                : null;
    }
}
