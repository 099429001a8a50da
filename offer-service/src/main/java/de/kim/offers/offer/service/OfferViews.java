package de.kim.offers.offer.service;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import de.kim.offers.offer.api.OfferDate;
import de.kim.offers.offer.api.OfferPlace;
import de.kim.offers.offer.api.OfferView;
import de.kim.offers.offer.api.OfferView.OfferAvailability;
import de.kim.offers.offer.api.OfferView.OfferProvider;
import de.kim.offers.offer.api.PublicOfferView;
import de.kim.offers.offer.domain.DirectoryLanguage;
import de.kim.offers.offer.domain.Offer;
import de.kim.offers.offer.domain.OfferStatus;
import de.kim.offers.place.domain.RegionPlace;
import de.kim.platform.events.contract.offers.OfferState.Eligibility;
import de.kim.platform.events.contract.offers.OfferState.Translation;
import de.kim.platform.events.contract.regions.Address;

/**
 * Answers about offers, a page at a time: the offer with its provider, the names and address of its places from the
 * place replica, its next dates and its free places. One query for the places and one for the placement counts,
 * whatever the size of the page; nothing is asked of another service.
 */
@ApplicationScoped
public class OfferViews {

    private static final int NEXT_DATES = 3;
    private static final Counts NONE = new Counts(0, 0);

    private final EntityManager entityManager;

    OfferViews(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Placements of an offer that hold a place (accepted, started) and that wait for one. */
    private record Counts(long taken, long waiting) {
    }

    List<OfferView> staff(List<Offer> offers) {
        ZonedDateTime now = ZonedDateTime.now(NextDates.BERLIN);
        Map<UUID, RegionPlace> places = places(offers);
        Map<UUID, Counts> counts = counts(offers);
        return offers.stream().map(offer -> staff(offer, places, counts.getOrDefault(offer.id, NONE), now)).toList();
    }

    List<PublicOfferView> directory(List<Offer> offers, DirectoryLanguage language) {
        ZonedDateTime now = ZonedDateTime.now(NextDates.BERLIN);
        Map<UUID, RegionPlace> places = places(offers);
        return offers.stream().map(offer -> directory(offer, language, places, now)).toList();
    }

    private static OfferView staff(Offer o, Map<UUID, RegionPlace> places, Counts counts, ZonedDateTime now) {
        return new OfferView(o.id, o.provider.id,
                new OfferProvider(o.provider.id, o.provider.name, o.provider.contactEmail, o.provider.contactPhone),
                o.title, o.description, o.translations, o.category, o.fieldOfAction, o.phases, o.targetGroups,
                o.languages, place(o, places), o.schedule, o.startsOn, o.endsOn, nextDates(o, now), o.capacity,
                availability(o, counts), eligibility(o), o.costEuro, o.costNote, o.status, o.internalNote);
    }

    /** Title and description in the visitor's language when the offer has a translation into it, else in German. */
    private static PublicOfferView directory(Offer o, DirectoryLanguage language, Map<UUID, RegionPlace> places,
            ZonedDateTime now) {
        Translation translation = language == DirectoryLanguage.de ? null : o.translations.get(language.name());
        return new PublicOfferView(o.id, o.provider.name,
                translation == null ? o.title : translation.title(),
                translation == null ? o.description : translation.description(),
                translation == null ? DirectoryLanguage.de : language, o.category, o.fieldOfAction, o.phases,
                o.targetGroups, o.languages, place(o, places), o.schedule, o.startsOn, o.endsOn, nextDates(o, now),
                eligibility(o), o.costEuro, o.costNote);
    }

    /** Only an active offer has dates to go to: a draft is not offered yet, a paused or ended one not any more. */
    private static List<OfferDate> nextDates(Offer o, ZonedDateTime now) {
        return o.status == OfferStatus.ACTIVE
                ? NextDates.of(o.schedule, o.startsOn, o.endsOn, now, NEXT_DATES)
                : List.of();
    }

    private static OfferAvailability availability(Offer o, Counts counts) {
        Integer free = o.capacity == null ? null : (int) Math.max(0, o.capacity - counts.taken());
        return new OfferAvailability((int) counts.taken(), free, (int) counts.waiting(), free != null && free == 0);
    }

    private static Eligibility eligibility(Offer o) {
        return new Eligibility(o.minAge, o.maxAge, o.genders, o.residenceStatuses);
    }

    private static OfferPlace place(Offer o, Map<UUID, RegionPlace> places) {
        RegionPlace municipality = places.get(o.municipalityId);
        RegionPlace quarter = o.quarterId == null ? null : places.get(o.quarterId);
        RegionPlace point = o.contactPointId == null ? null : places.get(o.contactPointId);
        Address address = point == null || point.street == null
                ? null
                : new Address(point.street, point.postalCode, point.city);
        return new OfferPlace(o.municipalityId, name(municipality), o.quarterId, name(quarter), o.contactPointId,
                name(point), address, o.street, o.postalCode, o.city);
    }

    private static String name(RegionPlace place) {
        return place == null ? null : place.name;
    }

    /** The live places the offers name; deleted ones are left out, so their names read as unknown. */
    private static Map<UUID, RegionPlace> places(List<Offer> offers) {
        Set<UUID> ids = new HashSet<>();
        for (Offer offer : offers) {
            ids.add(offer.municipalityId);
            if (offer.quarterId != null) {
                ids.add(offer.quarterId);
            }
            if (offer.contactPointId != null) {
                ids.add(offer.contactPointId);
            }
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        return RegionPlace.<RegionPlace>list("id in ?1 and deleted = false", ids).stream()
                .collect(Collectors.toMap(place -> place.id, Function.identity()));
    }

    /** The same statuses as the provider side's decision counts (PlacementStatus.takesPlace). */
    private Map<UUID, Counts> counts(List<Offer> offers) {
        if (offers.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select offer_id,
                       count(*) filter (where status in ('ACCEPTED', 'STARTED')),
                       count(*) filter (where status = 'WAITLISTED')
                  from placement
                 where offer_id in (:offers)
                 group by offer_id
                """).setParameter("offers", offers.stream().map(offer -> offer.id).toList()).getResultList();
        Map<UUID, Counts> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], new Counts(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return counts;
    }
}
