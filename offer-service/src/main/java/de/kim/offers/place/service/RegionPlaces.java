package de.kim.offers.place.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import de.kim.offers.place.domain.RegionPlace.Kind;
import de.kim.platform.events.contract.regions.Address;

/** Keeps the place replica current: newer versions only, deletions kept as marked rows. */
@ApplicationScoped
public class RegionPlaces {

    private final EntityManager entityManager;

    RegionPlaces(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(TxType.MANDATORY)
    public void applyIfNewer(UUID id, Kind kind, String name, UUID municipalityId, UUID quarterId, String subregion,
            Address address, long version) {
        entityManager.createNativeQuery("""
                insert into region_place (id, kind, name, municipality_id, quarter_id, subregion, street, postal_code,
                                          city, version, deleted)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, false)
                on conflict (id) do update
                   set kind = excluded.kind, name = excluded.name, municipality_id = excluded.municipality_id,
                       quarter_id = excluded.quarter_id, subregion = excluded.subregion, street = excluded.street,
                       postal_code = excluded.postal_code, city = excluded.city,
                       version = excluded.version, deleted = false
                 where region_place.version < excluded.version
                """)
                .setParameter(1, id)
                .setParameter(2, kind.name())
                .setParameter(3, name)
                .setParameter(4, municipalityId)
                .setParameter(5, quarterId)
                .setParameter(6, subregion)
                .setParameter(7, address == null ? null : address.street())
                .setParameter(8, address == null ? null : address.postalCode())
                .setParameter(9, address == null ? null : address.city())
                .setParameter(10, version)
                .executeUpdate();
    }

    @Transactional(TxType.MANDATORY)
    public void removeIfNewer(UUID id, Kind kind, long version) {
        entityManager.createNativeQuery("""
                insert into region_place (id, kind, version, deleted) values (?1, ?2, ?3, true)
                on conflict (id) do update
                   set name = null, municipality_id = null, quarter_id = null, subregion = null, street = null,
                       postal_code = null, city = null, version = excluded.version, deleted = true
                 where region_place.version < excluded.version
                """)
                .setParameter(1, id)
                .setParameter(2, kind.name())
                .setParameter(3, version)
                .executeUpdate();
    }
}
