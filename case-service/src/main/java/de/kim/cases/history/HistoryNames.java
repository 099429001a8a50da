package de.kim.cases.history;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import de.kim.cases.reference.domain.MunicipalityReplica;
import de.kim.cases.reference.domain.PlaceReplica;
import de.kim.cases.reference.domain.StaffReplica;

/** Names for the ids a case refers to, from the replicas of the region-service's data. */
@ApplicationScoped
class HistoryNames implements CaseChanges.Names {

    @Override
    public String place(UUID id) {
        if (id == null) {
            return null;
        }
        MunicipalityReplica municipality = MunicipalityReplica.findById(id);
        if (municipality != null) {
            return municipality.name;
        }
        PlaceReplica place = PlaceReplica.findById(id);
        return place == null ? null : place.name;
    }

    /** Null for someone not (or no longer) on a team: the history then says "unknown" rather than show an id. */
    @Override
    public String staff(String subject) {
        return subject == null ? null : StaffReplica.bySubject(subject).map(s -> s.displayName).orElse(null);
    }
}
