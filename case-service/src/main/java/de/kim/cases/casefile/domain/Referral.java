package de.kim.cases.casefile.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import de.kim.platform.vocabulary.DataCategory;

/** A referral (Vermittlung) of a household member to an offer; the provider's answers arrive as events. */
@Entity
public class Referral extends PanacheEntityBase {

    @Schema(name = "ReferralStatus")
    public enum Status {
        REQUESTED,
        ACCEPTED,
        WAITLISTED,
        DECLINED,
        STARTED,
        COMPLETED,
        DROPPED_OUT;

        /** Nothing more will happen on this referral. */
        public boolean ended() {
            return this == DECLINED || this == COMPLETED || this == DROPPED_OUT;
        }
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;

    public UUID offerId;

    public String offerTitle;

    public UUID memberId;

    public UUID needId;

    @Enumerated(EnumType.STRING)
    public DataCategory category;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** Why it was declined, from the provider. */
    public String reason;

    public Integer waitlistPosition;

    public OffsetDateTime requestedAt;

    public OffsetDateTime statusAt;

    /** The version of the provider's last answer applied; older answers delivered late are ignored. */
    public long statusVersion;
}
