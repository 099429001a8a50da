package de.kim.offers.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One read or change of a referral's personal data; the database refuses to change or delete it (V5). */
@Entity
public class ReferralAccess extends PanacheEntityBase {

    /** Why the referral's data was read or changed. */
    @Schema(name = "ReferralAccessPurpose")
    public enum Purpose {
        /** Provider staff, coordinators or admins handling the referral (reading it, moving it on). */
        PLACEMENT,
        /** The offer-service deciding a referral it was sent (capacity, eligibility, waitlist). */
        EVENT_PROCESSING,
        /** Erasure after the case's retention period (§ 84 SGB X). */
        RETENTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public OffsetDateTime at;

    /** The caller's subject, or {@code system:offer-service} for what the service does on an event. */
    public String actor;

    /** The provider the caller acts for (provider staff); null for coordinators, admins and the service. */
    public String provider;

    public UUID referralId;

    public String action;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;
}
