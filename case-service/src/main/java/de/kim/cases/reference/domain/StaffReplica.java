package de.kim.cases.reference.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member of a sub-region's KIM team as the region-service last published it. Written only by its event handler. */
@Entity
@Table(name = "staff_replica")
public class StaffReplica extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Identity-provider subject (token sub). */
    public String subject;

    public String displayName;

    public String phone;

    public String email;

    public String subregion;

    public String role;

    public long version;

    public boolean deleted;

    /** A person may be on several teams (roles, sub-regions): any live entry names them. */
    public static Optional<StaffReplica> bySubject(String subject) {
        return StaffReplica.<StaffReplica>find("subject = ?1 and deleted = false order by id", subject)
                .firstResultOptional();
    }
}
