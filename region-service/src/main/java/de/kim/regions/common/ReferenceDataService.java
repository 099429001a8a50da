package de.kim.regions.common;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;

import de.kim.platform.api.Etags;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.EventType;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;
import de.kim.regions.municipality.domain.Municipality;

/**
 * Reading and changing one kind of reference data, with the rules all kinds share: 404 for an unknown
 * id, write access by sub-region, If-Match against the current version, and the full state published
 * on kim.regions.v1 in the same transaction (a tombstone on delete).
 *
 * @param <E> the entity
 * @param <S> its published state, also the API representation
 * @param <I> what clients send to create or change it
 */
public abstract class ReferenceDataService<E extends RegionEntity, S, I> {

    private final Class<E> entityType;
    private final EventType<S> eventType;
    private final String noun;

    // Field injection: CDI proxies of the subclasses need a no-argument constructor.
    @Inject
    Outbox outbox;

    @Inject
    protected WriteAccess access;

    /** @param noun what the entity is called in messages, e.g. "contact point" */
    protected ReferenceDataService(Class<E> entityType, EventType<S> eventType, String noun) {
        this.entityType = entityType;
        this.eventType = eventType;
        this.noun = noun;
    }

    /** The representation of an entity. */
    protected abstract S toState(E entity);

    /** The sub-region whose coordinators may change the entity. */
    protected abstract String subregionOf(E entity);

    protected abstract E newEntity();

    /**
     * Checks the input against the data (references, uniqueness, access to where it goes) and copies
     * it into the entity.
     */
    protected abstract void apply(E entity, I input);

    /** Refuses (409) to delete what other entries still refer to; nothing refers by default. */
    protected void requireUnreferenced(E entity) {
    }

    @Transactional
    public Versioned<S> get(UUID id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<S> create(I input) {
        E entity = newEntity();
        entity.id = UUID.randomUUID();
        apply(entity, input);
        return publish(entity);
    }

    @Transactional
    public Versioned<S> update(UUID id, long expectedVersion, I input) {
        E entity = find(id);
        access.requireSubregion(subregionOf(entity));
        Etags.requireCurrent(expectedVersion, entity.version);
        apply(entity, input);
        return publish(entity);
    }

    @Transactional
    public void delete(UUID id, long expectedVersion) {
        E entity = find(id);
        access.requireSubregion(subregionOf(entity));
        Etags.requireCurrent(expectedVersion, entity.version);
        requireUnreferenced(entity);
        entity.delete();
        outbox.appendTombstone(eventType, id.toString(), entity.version + 1);
    }

    protected E find(UUID id) {
        E entity = Panache.getEntityManager().find(entityType, id);
        if (entity == null) {
            throw ApiProblem.notFound("No " + noun + " with this id.");
        }
        return entity;
    }

    /** Names are unique per municipality (case-insensitive) for quarters, accommodations, contact points. */
    protected void requireNameFreeIn(Municipality municipality, String name, UUID self) {
        long holders = Panache.getEntityManager()
                .createQuery("select count(e) from " + entityType.getSimpleName()
                        + " e where e.municipality = :municipality and lower(e.name) = lower(:name) and e.id <> :self",
                        Long.class)
                .setParameter("municipality", municipality)
                .setParameter("name", name)
                .setParameter("self", self)
                .getSingleResult();
        if (holders > 0) {
            throw ApiProblem.conflict("This municipality has a " + noun + " of this name already.");
        }
    }

    private Versioned<S> publish(E entity) {
        entity.persistAndFlush();
        Versioned<S> result = versioned(entity);
        outbox.append(eventType, entity.id.toString(), result.version(), result.body());
        return result;
    }

    private Versioned<S> versioned(E entity) {
        return new Versioned<>(toState(entity), entity.version);
    }
}
