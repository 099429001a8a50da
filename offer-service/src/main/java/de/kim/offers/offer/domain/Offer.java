package de.kim.offers.offer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import de.kim.offers.provider.domain.Provider;
import de.kim.platform.events.contract.offers.OfferState.Slot;
import de.kim.platform.events.contract.offers.OfferState.Translation;
import de.kim.platform.vocabulary.FieldOfAction;
import de.kim.platform.vocabulary.Gender;
import de.kim.platform.vocabulary.IntegrationPhase;
import de.kim.platform.vocabulary.ResidenceStatus;

/** An offer (Angebot) of a provider, e.g. a literacy course at the VHS or the Nähcafé for women. */
@Entity
public class Offer extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Provider provider;

    /** German; other languages in translations. */
    public String title;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Translation> translations;

    @Enumerated(EnumType.STRING)
    public OfferCategory category;

    @Enumerated(EnumType.STRING)
    public FieldOfAction fieldOfAction;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<IntegrationPhase> phases;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> targetGroups;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> languages;

    /** From the place replica: where it takes place, for search by area. */
    public UUID municipalityId;

    public UUID quarterId;

    public UUID contactPointId;

    public String street;

    public String postalCode;

    public String city;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Slot> schedule;

    public LocalDate startsOn;

    public LocalDate endsOn;

    public Integer capacity;

    public Integer minAge;

    public Integer maxAge;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Gender> genders;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ResidenceStatus> residenceStatuses;

    public BigDecimal costEuro;

    public String costNote;

    @Enumerated(EnumType.STRING)
    public OfferStatus status;

    /** For staff only: never in the public directory, the HSDS export or the published events. */
    public String internalNote;

    @Version
    public long version;
}
