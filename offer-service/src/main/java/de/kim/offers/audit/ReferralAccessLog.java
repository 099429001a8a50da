package de.kim.offers.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

import de.kim.offers.audit.ReferralAccess.Purpose;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.security.Claims;

/**
 * Every read and change of a referral's personal data in the offer-service: who, for which provider, which referral,
 * what, when and why. Written in the transaction that reads or changes, so no access goes unrecorded. The referral id
 * is the one the case-service gave the referral, so the data-protection officer follows a person from their case
 * (and its Art. 15 export) to here.
 */
@ApplicationScoped
public class ReferralAccessLog {

    static final String SERVICE = "system:offer-service";

    private final SecurityIdentity identity;

    ReferralAccessLog(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** An entry as the data-protection officer reads it. */
    public record ReferralAccessEntry(long id, OffsetDateTime at, String actor, String provider, UUID referralId,
            String action,
            Purpose purpose) {

        static ReferralAccessEntry of(ReferralAccess access) {
            return new ReferralAccessEntry(access.id, access.at, access.actor, access.provider, access.referralId,
                    access.action,
                    access.purpose);
        }
    }

    /** The caller read or changed the referrals (one, or a page of a list). */
    @Transactional(TxType.MANDATORY)
    public void record(String action, Collection<UUID> referralIds) {
        String actor = Claims.subject(identity);
        String provider = Claims.of(identity, Claims.PROVIDER);
        referralIds.forEach(id -> write(actor, provider, id, action, Purpose.PLACEMENT));
    }

    /** The service itself acted on a referral, on an event. */
    @Transactional(TxType.MANDATORY)
    public void recordByService(String action, UUID referralId, Purpose purpose) {
        write(SERVICE, null, referralId, action, purpose);
    }

    /** Newest first; every filter optional. */
    @Transactional
    public Page<ReferralAccessEntry> query(UUID referralId, String actor, OffsetDateTime from, OffsetDateTime to,
            PageParams page) {
        QueryFilter filter = new QueryFilter().and("referralId = :referralId", "referralId", referralId)
                .and("actor = :actor", "actor", actor).and("at >= :from", "from", from).and("at < :to", "to", to);
        return page.fetch(ReferralAccess.find(filter.query(), Sort.descending("at", "id"), filter.parameters()),
                ReferralAccessEntry::of);
    }

    private static void write(String actor, String provider, UUID referralId, String action, Purpose purpose) {
        ReferralAccess access = new ReferralAccess();
        access.at = OffsetDateTime.now(ZoneOffset.UTC);
        access.actor = actor;
        access.provider = provider;
        access.referralId = referralId;
        access.action = action;
        access.purpose = purpose;
        access.persist();
    }
}
