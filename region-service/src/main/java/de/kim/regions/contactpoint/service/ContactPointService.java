package de.kim.regions.contactpoint.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.events.contract.regions.ContactPointState;
import de.kim.platform.events.contract.regions.ContactPointState.Closure;
import de.kim.platform.events.contract.regions.ContactPointState.OfficeHours;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.regions.common.PostalAddress;
import de.kim.regions.common.ReferenceDataService;
import de.kim.regions.common.References;
import de.kim.regions.contactpoint.api.ContactPointInput;
import de.kim.regions.contactpoint.api.OpenContactPoint;
import de.kim.regions.contactpoint.domain.ContactPoint;
import de.kim.regions.contactpoint.domain.OpeningCalendar.Opening;
import de.kim.regions.municipality.domain.Municipality;

/** Contact points (Anlaufstellen) and when they are open. */
@ApplicationScoped
public class ContactPointService extends ReferenceDataService<ContactPoint, ContactPointState, ContactPointInput> {

    private static final Set<String> SORTABLE = Set.of("name");

    ContactPointService() {
        super(ContactPoint.class, RegionEvents.CONTACT_POINT, "contact point");
    }

    @Transactional
    public Page<ContactPointState> list(String subregion, UUID municipality, UUID quarter, PageParams page) {
        QueryFilter filter = new QueryFilter()
                .and("municipality.subregion.code = :subregion", "subregion", subregion)
                .and("municipality.id = :municipality", "municipality", municipality)
                .and("quarter.id = :quarter", "quarter", quarter);
        return page.fetch(ContactPoint.find(filter.query(), page.sort(SORTABLE, "name"), filter.parameters()),
                this::toState);
    }

    /** Contact points open at the given time, with the opening in progress, by name. */
    @Transactional
    public List<OpenContactPoint> openAt(Instant at) {
        return ContactPoint.<ContactPoint>listAll().stream()
                .flatMap(point -> point.calendar().openAt(at).map(opening -> withOpening(point, opening)).stream())
                .sorted(Comparator.comparing(open -> open.contactPoint().name().toLowerCase()))
                .toList();
    }

    /** The contact point with its opening in progress at {@code from}, or its next one (none: no times). */
    public OpenContactPoint withNextOpening(ContactPoint point, Instant from) {
        return point.calendar().next(from).map(opening -> withOpening(point, opening))
                .orElseGet(() -> new OpenContactPoint(toState(point), null, null));
    }

    @Override
    protected void apply(ContactPoint point, ContactPointInput input) {
        ContactPointRules.check(input);
        Municipality municipality = References.municipality(input.municipalityId(), "municipalityId");
        access.requireSubregion(municipality.subregion.code);
        requireNameFreeIn(municipality, input.name(), point.id);
        point.name = input.name();
        point.municipality = municipality;
        point.quarter = References.quarterIn(municipality, input.quarterId(), "quarterId");
        point.address = PostalAddress.of(input.address().toAddress());
        point.operators = List.copyOf(input.operators());
        point.languages = List.copyOf(input.languages());
        point.services = List.copyOf(input.services());
        point.officeHours = input.officeHours().stream()
                .map(slot -> new OfficeHours(slot.day(), slot.opens(), slot.closes()))
                .toList();
        point.closures = input.closures().stream()
                .map(closure -> new Closure(closure.from(), closure.to(), closure.reason()))
                .toList();
    }

    @Override
    protected String subregionOf(ContactPoint point) {
        return point.municipality.subregion.code;
    }

    @Override
    protected ContactPoint newEntity() {
        return new ContactPoint();
    }

    @Override
    public ContactPointState toState(ContactPoint p) {
        return new ContactPointState(p.id, p.name, p.municipality.id, p.quarter == null ? null : p.quarter.id,
                p.address.toAddress(), p.operators, p.languages, p.services, p.officeHours, p.closures);
    }

    private OpenContactPoint withOpening(ContactPoint point, Opening opening) {
        return new OpenContactPoint(toState(point), opening.opens().toOffsetDateTime(),
                opening.closes().toOffsetDateTime());
    }
}
