package de.kim.offers.hsds.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import de.kim.offers.hsds.api.Hsds;
import de.kim.offers.offer.api.OfferInput;
import de.kim.offers.offer.domain.Offer;
import de.kim.offers.offer.domain.OfferCategory;
import de.kim.offers.offer.domain.OfferStatus;
import de.kim.offers.offer.service.OfferService;
import de.kim.offers.place.domain.RegionPlace;
import de.kim.offers.provider.domain.Provider;
import de.kim.offers.provider.domain.ProviderKind;
import de.kim.offers.provider.service.ProviderService;
import de.kim.platform.api.PageParams;
import de.kim.platform.events.contract.offers.OfferState.Slot;
import de.kim.platform.problem.ApiProblem;
import de.kim.platform.vocabulary.FieldOfAction;
import de.kim.platform.vocabulary.IntegrationPhase;

/**
 * Open Referral (HSDS 3.0): exports the active offers so directories and information apps can import
 * them, and imports an HSDS file as drafts that a coordinator completes (category, field of action
 * and phases have no HSDS counterpart).
 */
@ApplicationScoped
public class HsdsService {

    private final OfferService offers;
    private final ProviderService providers;
    private final Validator validator;

    HsdsService(OfferService offers, ProviderService providers, Validator validator) {
        this.offers = offers;
        this.providers = providers;
        this.validator = validator;
    }

    @Transactional
    public Hsds.Page<Hsds.Service> services(PageParams page) {
        PanacheQuery<Offer> query = Offer.find("status", Sort.by("title").and("id"), OfferStatus.ACTIVE);
        return page(query.page(page.page, page.size).<Offer>list().stream()
                .map(offer -> HsdsMapping.service(offer, placeName(offer))).toList(), query.count(), page);
    }

    @Transactional
    public Hsds.Page<Hsds.Organization> organizations(PageParams page) {
        PanacheQuery<Provider> query = Provider.find("id in (select o.provider.id from Offer o where o.status = ?1)",
                Sort.by("name").and("id"), OfferStatus.ACTIVE);
        return page(query.page(page.page, page.size).<Provider>list().stream().map(HsdsMapping::organization)
                .toList(), query.count(), page);
    }

    /** @return the ids of the drafts made, one per service */
    @Transactional
    public List<UUID> importAsDrafts(Hsds.Import file, UUID municipality) {
        Map<String, UUID> providerIds = new HashMap<>();
        for (Hsds.Organization organization : file.organizations() == null
                ? List.<Hsds.Organization>of()
                : file.organizations()) {
            providerIds.put(organization.id(), providerFor(organization));
        }
        List<UUID> drafts = new ArrayList<>();
        List<Hsds.Service> services = file.services() == null ? List.of() : file.services();
        for (int i = 0; i < services.size(); i++) {
            Hsds.Service service = services.get(i);
            UUID provider = providerIds.get(service.organizationId());
            if (provider == null || service.name() == null || service.name().isBlank()) {
                throw ApiProblem.invalid("services[" + i + "]", "incomplete",
                        "needs a name and an organization of the file");
            }
            OfferInput draft = draft(service, provider, municipality);
            // The file is outside input like any request body: the same rules apply.
            for (ConstraintViolation<OfferInput> violation : validator.validate(draft)) {
                throw ApiProblem.invalid("services[" + i + "]." + violation.getPropertyPath(), "invalid",
                        violation.getMessage());
            }
            drafts.add(offers.create(draft).body().id());
        }
        return drafts;
    }

    private UUID providerFor(Hsds.Organization organization) {
        Provider known = Provider.find("lower(name) = lower(?1)", organization.name()).firstResult();
        if (known != null) {
            return known.id;
        }
        return providers.register(organization.name(), null, ProviderKind.ASSOCIATION, organization.email(), null)
                .id();
    }

    private static OfferInput draft(Hsds.Service service, UUID provider, UUID municipality) {
        List<Slot> slots = HsdsMapping.slots(service.schedules());
        Hsds.ScheduleEntry first = service.schedules() == null || service.schedules().isEmpty()
                ? null
                : service.schedules().get(0);
        List<String> languages = service.languages() == null
                ? List.of()
                : service.languages().stream().map(Hsds.Language::code).filter(code -> code != null).distinct()
                        .toList();
        return new OfferInput(provider, service.name(),
                service.description() == null || service.description().isBlank()
                        ? service.name()
                        : service.description(),
                Map.of(), OfferCategory.COUNSELLING, FieldOfAction.HF5, List.of(IntegrationPhase.ORIENTIERUNG),
                List.of(), languages, new OfferInput.PlaceInput(municipality, null, null, null, null, null),
                slots.stream().map(s -> new OfferInput.SlotInput(s.day(), s.starts(), s.ends())).toList(),
                first == null || first.validFrom() == null ? null : LocalDate.parse(first.validFrom()),
                first == null || first.validTo() == null ? null : LocalDate.parse(first.validTo()), null,
                new OfferInput.EligibilityInput(service.minimumAge(), service.maximumAge(), List.of(), List.of()),
                null, service.feesDescription() == null ? null : truncate(service.feesDescription()),
                OfferStatus.DRAFT, null);
    }

    private static String truncate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200);
    }

    private static String placeName(Offer offer) {
        UUID id = offer.contactPointId != null
                ? offer.contactPointId
                : offer.quarterId != null ? offer.quarterId : offer.municipalityId;
        RegionPlace place = RegionPlace.findById(id);
        return place == null ? null : place.name;
    }

    private static <T> Hsds.Page<T> page(List<T> contents, long total, PageParams page) {
        long pages = (total + page.size - 1) / page.size;
        return new Hsds.Page<>(total, pages, page.page + 1, page.size, page.page == 0,
                page.page + 1 >= pages, contents.isEmpty(), contents);
    }
}
