package de.kim.regions.contactpoint.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Etags;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.regions.ContactPointState;
import de.kim.platform.events.contract.regions.ContactPointState.Closure;
import de.kim.platform.events.contract.regions.ContactPointState.OfficeHours;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;
import de.kim.regions.common.PostalAddress;
import de.kim.regions.common.References;
import de.kim.regions.common.WriteAccess;
import de.kim.regions.contactpoint.api.ContactPointInput;
import de.kim.regions.contactpoint.api.OpenContactPoint;
import de.kim.regions.contactpoint.domain.ContactPoint;
import de.kim.regions.contactpoint.domain.OpeningCalendar.Opening;
import de.kim.regions.municipality.domain.Municipality;

/** Contact points (Anlaufstellen) and when they are open. */
@ApplicationScoped
public class ContactPointService {

    private static final Set<String> SORTABLE = Set.of("name");

    private final Outbox outbox;
    private final WriteAccess access;

    ContactPointService(Outbox outbox, WriteAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    @Transactional
    public Page<ContactPointState> list(String subregion, UUID municipality, UUID quarter, PageParams page) {
        QueryFilter filter = new QueryFilter()
                .and("municipality.subregion.code = :subregion", "subregion", subregion)
                .and("municipality.id = :municipality", "municipality", municipality)
                .and("quarter.id = :quarter", "quarter", quarter);
        return page.fetch(ContactPoint.find(filter.query(), page.sort(SORTABLE, "name"), filter.parameters()),
                ContactPointService::toState);
    }

    @Transactional
    public Versioned<ContactPointState> get(UUID id) {
        return versioned(find(id));
    }

    /** Contact points open at the given time, with the opening in progress. */
    @Transactional
    public List<OpenContactPoint> openAt(Instant at) {
        return ContactPoint.<ContactPoint>listAll().stream()
                .flatMap(point -> point.calendar().openAt(at).map(opening -> withOpening(point, opening)).stream())
                .sorted((a, b) -> a.contactPoint().name().compareToIgnoreCase(b.contactPoint().name()))
                .toList();
    }

    /** The opening of a contact point in progress at {@code from}, or its next one. */
    public static Optional<OpenContactPoint> nextOpening(ContactPoint point, Instant from) {
        return point.calendar().next(from).map(opening -> withOpening(point, opening));
    }

    @Transactional
    public Versioned<ContactPointState> create(ContactPointInput input) {
        ContactPoint point = new ContactPoint();
        point.id = UUID.randomUUID();
        return save(point, input);
    }

    @Transactional
    public Versioned<ContactPointState> update(UUID id, long expectedVersion, ContactPointInput input) {
        ContactPoint point = find(id);
        access.requireSubregion(point.municipality.subregion.code);
        Etags.requireCurrent(expectedVersion, point.version);
        return save(point, input);
    }

    @Transactional
    public void delete(UUID id, long expectedVersion) {
        ContactPoint point = find(id);
        access.requireSubregion(point.municipality.subregion.code);
        Etags.requireCurrent(expectedVersion, point.version);
        point.delete();
        outbox.appendTombstone(RegionEvents.CONTACT_POINT, id.toString(), point.version + 1);
    }

    private Versioned<ContactPointState> save(ContactPoint point, ContactPointInput input) {
        ContactPointRules.check(input);
        Municipality municipality = References.municipality(input.municipalityId(), "municipalityId");
        access.requireSubregion(municipality.subregion.code);
        boolean nameTaken = ContactPoint.count("municipality = ?1 and lower(name) = lower(?2) and id <> ?3",
                municipality, input.name(), point.id) > 0;
        if (nameTaken) {
            throw ApiProblem.conflict("This municipality has a contact point of this name already.");
        }
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
        point.persistAndFlush();
        Versioned<ContactPointState> result = versioned(point);
        outbox.append(RegionEvents.CONTACT_POINT, point.id.toString(), result.version(), result.body());
        return result;
    }

    private static OpenContactPoint withOpening(ContactPoint point, Opening opening) {
        return new OpenContactPoint(toState(point), opening.opens().toOffsetDateTime(),
                opening.closes().toOffsetDateTime());
    }

    private static ContactPoint find(UUID id) {
        ContactPoint point = ContactPoint.findById(id);
        if (point == null) {
            throw ApiProblem.notFound("No contact point with this id.");
        }
        return point;
    }

    private static Versioned<ContactPointState> versioned(ContactPoint point) {
        return new Versioned<>(toState(point), point.version);
    }

    public static ContactPointState toState(ContactPoint p) {
        return new ContactPointState(p.id, p.name, p.municipality.id, p.quarter == null ? null : p.quarter.id,
                p.address.toAddress(), p.operators, p.languages, p.services, p.officeHours, p.closures);
    }
}
