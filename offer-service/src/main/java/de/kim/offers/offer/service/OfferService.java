package de.kim.offers.offer.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import de.kim.offers.offer.api.OfferInput;
import de.kim.offers.offer.api.OfferInput.PlaceInput;
import de.kim.offers.offer.api.OfferInput.SlotInput;
import de.kim.offers.offer.api.OfferView;
import de.kim.offers.offer.api.PublicOfferView;
import de.kim.offers.offer.domain.DirectoryLanguage;
import de.kim.offers.offer.domain.Offer;
import de.kim.offers.offer.domain.OfferPlacesAdded;
import de.kim.offers.offer.domain.OfferStatus;
import de.kim.offers.place.domain.RegionPlace;
import de.kim.offers.place.domain.RegionPlace.Kind;
import de.kim.offers.provider.domain.Provider;
import de.kim.platform.api.Etags;
import de.kim.platform.api.Versioned;
import de.kim.platform.api.WeeklySlots;
import de.kim.platform.events.contract.offers.OfferEvents;
import de.kim.platform.events.contract.offers.OfferState;
import de.kim.platform.events.contract.offers.OfferState.Eligibility;
import de.kim.platform.events.contract.offers.OfferState.Place;
import de.kim.platform.events.contract.offers.OfferState.Slot;
import de.kim.platform.events.contract.offers.OfferState.Translation;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;
import de.kim.platform.problem.Problem;
import de.kim.platform.problem.ProblemKind;
import de.kim.platform.vocabulary.Languages;

/** Offers: validated against the place replica, managed by whom {@link OfferAccess} allows, published. */
@ApplicationScoped
public class OfferService {

    private final Outbox outbox;
    private final OfferAccess access;
    private final OfferViews views;
    private final Event<OfferPlacesAdded> placesAdded;

    OfferService(Outbox outbox, OfferAccess access, OfferViews views, Event<OfferPlacesAdded> placesAdded) {
        this.outbox = outbox;
        this.access = access;
        this.views = views;
        this.placesAdded = placesAdded;
    }

    @Transactional
    public Versioned<OfferView> get(UUID id) {
        Offer offer = find(id);
        return new Versioned<>(views.staff(List.of(offer)).get(0), offer.version);
    }

    /** @throws ApiProblem 404 unless the offer is active: drafts, paused and ended offers are not public */
    @Transactional
    public PublicOfferView getPublic(UUID id, DirectoryLanguage language) {
        Offer offer = find(id);
        if (offer.status != OfferStatus.ACTIVE) {
            throw ApiProblem.notFound("No active offer with this id.");
        }
        return views.directory(List.of(offer), language).get(0);
    }

    @Transactional
    public Versioned<OfferView> create(OfferInput input) {
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        return save(offer, input);
    }

    @Transactional
    public Versioned<OfferView> update(UUID id, long expectedVersion, OfferInput input) {
        Offer offer = find(id);
        access.requireManage(offer.provider, municipalityOf(offer.municipalityId));
        Etags.requireCurrent(expectedVersion, offer.version);
        return save(offer, input);
    }

    private Versioned<OfferView> save(Offer offer, OfferInput input) {
        checkRules(input);
        Provider provider = Provider.findById(input.providerId());
        if (provider == null) {
            throw ApiProblem.invalid("providerId", "unknown", "no such provider");
        }
        ResolvedPlace place = resolve(input.place());
        access.requireManage(provider, municipalityOf(place.municipalityId()));
        boolean morePlaces = offer.capacity != null && (input.capacity() == null || input.capacity() > offer.capacity);
        apply(offer, input, provider, place);
        offer.persistAndFlush();
        outbox.append(OfferEvents.OFFER, offer.id.toString(), offer.version, toState(offer));
        if (morePlaces) {
            placesAdded.fire(new OfferPlacesAdded(offer.id));
        }
        return new Versioned<>(views.staff(List.of(offer)).get(0), offer.version);
    }

    /** Takes the input as it is stored: lists without duplicates, the place resolved, a blank note as none. */
    private static void apply(Offer offer, OfferInput input, Provider provider, ResolvedPlace place) {
        offer.provider = provider;
        offer.title = input.title();
        offer.description = input.description();
        Map<String, Translation> translations = new LinkedHashMap<>();
        input.translations().forEach((language, t) -> translations.put(language,
                new Translation(t.title(), t.description())));
        offer.translations = translations;
        offer.category = input.category();
        offer.fieldOfAction = input.fieldOfAction();
        offer.phases = input.phases().stream().distinct().sorted().toList();
        offer.targetGroups = input.targetGroups().stream().distinct().toList();
        offer.languages = input.languages().stream().distinct().toList();
        offer.municipalityId = place.municipalityId();
        offer.quarterId = place.quarterId();
        offer.contactPointId = place.contactPointId();
        offer.street = input.place().street();
        offer.postalCode = input.place().postalCode();
        offer.city = input.place().city();
        offer.schedule = input.schedule().stream().map(s -> new Slot(s.day(), s.starts(), s.ends())).toList();
        offer.startsOn = input.startsOn();
        offer.endsOn = input.endsOn();
        offer.capacity = input.capacity();
        offer.minAge = input.eligibility().minAge();
        offer.maxAge = input.eligibility().maxAge();
        offer.genders = input.eligibility().genders().stream().distinct().sorted().toList();
        offer.residenceStatuses = input.eligibility().residenceStatuses().stream().distinct().sorted().toList();
        offer.costEuro = input.costEuro();
        offer.costNote = input.costNote();
        offer.status = input.status();
        offer.internalNote = input.internalNote() == null || input.internalNote().isBlank()
                ? null
                : input.internalNote().strip();
    }

    private static void checkRules(OfferInput input) {
        Languages.requireIsoCodes("languages", input.languages());
        List<String> translatable = DirectoryLanguage.translatable();
        for (String language : input.translations().keySet()) {
            if (!translatable.contains(language)) {
                // The key passed the two-letter pattern, so naming it in the field path echoes nothing harmful.
                throw new ApiProblem(ProblemKind.VALIDATION, "The request has invalid fields.",
                        List.of(new Problem.FieldError("translations." + language, "one-of",
                                "must be a language of the public directory other than German",
                                Map.of("allowed", translatable))));
            }
        }
        WeeklySlots.requireValid("schedule", input.schedule(), SlotInput::day, SlotInput::starts, SlotInput::ends);
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            throw ApiProblem.invalid("endsOn", "not-before", "must not be before startsOn");
        }
        Integer min = input.eligibility().minAge();
        Integer max = input.eligibility().maxAge();
        if (min != null && max != null && max < min) {
            throw ApiProblem.invalid("eligibility.maxAge", "not-before", "must not be below minAge");
        }
    }

    private record ResolvedPlace(UUID municipalityId, UUID quarterId, UUID contactPointId) {
    }

    /** The most specific place given wins; the coarser ones are derived from it. */
    private static ResolvedPlace resolve(PlaceInput place) {
        if (place.contactPointId() != null) {
            RegionPlace point = RegionPlace.find(place.contactPointId(), Kind.CONTACT_POINT);
            if (point == null) {
                throw ApiProblem.invalid("place.contactPointId", "unknown", "no such contact point");
            }
            return new ResolvedPlace(point.municipalityId, point.quarterId, point.id);
        }
        if (place.quarterId() != null) {
            RegionPlace quarter = RegionPlace.find(place.quarterId(), Kind.QUARTER);
            if (quarter == null) {
                throw ApiProblem.invalid("place.quarterId", "unknown", "no such quarter");
            }
            return new ResolvedPlace(quarter.municipalityId, quarter.id, null);
        }
        if (RegionPlace.find(place.municipalityId(), Kind.MUNICIPALITY) == null) {
            throw ApiProblem.invalid("place.municipalityId", "unknown",
                    "no such municipality (or give a quarter or contact point)");
        }
        return new ResolvedPlace(place.municipalityId(), null, null);
    }

    private static RegionPlace municipalityOf(UUID municipalityId) {
        RegionPlace municipality = RegionPlace.find(municipalityId, Kind.MUNICIPALITY);
        if (municipality == null) {
            throw ApiProblem.invalid("place", "unknown", "the offer's municipality is not known (yet)");
        }
        return municipality;
    }

    private static Offer find(UUID id) {
        Offer offer = Offer.findById(id);
        if (offer == null) {
            throw ApiProblem.notFound("No offer with this id.");
        }
        return offer;
    }

    /** The published state: the offer itself, without the internal note and without what changes by itself. */
    static OfferState toState(Offer o) {
        return new OfferState(o.id, o.provider.id, o.title, o.description, o.translations, o.category.name(),
                o.fieldOfAction, o.phases, o.targetGroups, o.languages,
                new Place(o.municipalityId, o.quarterId, o.contactPointId, o.street, o.postalCode, o.city),
                o.schedule, o.startsOn, o.endsOn, o.capacity,
                new Eligibility(o.minAge, o.maxAge, o.genders, o.residenceStatuses), o.costEuro, o.costNote,
                o.status.name());
    }
}
