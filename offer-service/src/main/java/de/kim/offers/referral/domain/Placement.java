package de.kim.offers.referral.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import de.kim.offers.offer.domain.Offer;
import de.kim.platform.vocabulary.Gender;
import de.kim.platform.vocabulary.ResidenceStatus;

/** A referral to an offer as the provider side manages it. */
@Entity
public class Placement extends PanacheEntityBase {

    @Id
    public UUID referralId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Offer offer;

    /** Pseudonymous; only the case-service can resolve it. */
    public String caseReference;

    public OffsetDateTime requestedAt;

    public Integer ageYears;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Enumerated(EnumType.STRING)
    public ResidenceStatus residenceStatus;

    /** Only with the person's consent to share them with this provider. */
    public String contactName;

    public String contactPhone;

    public String contactEmail;

    public String note;

    /** The referring case manager's work contact; null for requests sent before it was part of them. */
    public String referredByName;

    public String referredByPhone;

    public String referredByEmail;

    @Enumerated(EnumType.STRING)
    public PlacementStatus status;

    public String reason;

    @Version
    public long version;

    /** The referral's event version: the request was 0, every state of ours counts on from 1. */
    public long eventVersion() {
        return version + 1;
    }
}
