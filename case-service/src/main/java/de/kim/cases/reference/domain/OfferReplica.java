package de.kim.cases.reference.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An offer as the offer-service last published it: what a referral names. Written only by its event handler. */
@Entity
@Table(name = "offer_replica")
public class OfferReplica extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    public UUID providerId;

    /** Published and taking referrals. */
    public boolean active;

    public long version;

    public boolean deleted;
}
