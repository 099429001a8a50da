package de.kim.offers.hsds.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The parts of Open Referral's Human Services Data Specification (HSDS 3.0) we exchange: organisations,
 * services with their schedules, languages and locations. Field names are HSDS's own (snake_case).
 */
public final class Hsds {

    private Hsds() {
    }

    /** An HSDS API page. */
    @Schema(name = "HsdsPage")
    public record Page<T>(@JsonProperty("total_items") long totalItems, @JsonProperty("total_pages") long totalPages,
            @JsonProperty("page_number") int pageNumber, int size, @JsonProperty("first_page") boolean firstPage,
            @JsonProperty("last_page") boolean lastPage, boolean empty, List<T> contents) {
    }

    @Schema(name = "HsdsOrganization")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(String id, String name, String description, String email) {
    }

    @Schema(name = "HsdsService")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Service(String id, @JsonProperty("organization_id") String organizationId, String name,
            String description, String status, @JsonProperty("fees_description") String feesDescription,
            @JsonProperty("eligibility_description") String eligibilityDescription,
            @JsonProperty("minimum_age") Integer minimumAge, @JsonProperty("maximum_age") Integer maximumAge,
            List<Language> languages, List<ScheduleEntry> schedules,
            @JsonProperty("service_at_locations") List<ServiceAtLocation> serviceAtLocations) {
    }

    @Schema(name = "HsdsLanguage")
    public record Language(String id, @JsonProperty("service_id") String serviceId, String name, String code) {
    }

    /** A weekly slot: freq WEEKLY, byday MO…SU, opens_at/closes_at local times in {@code timezone}. */
    @Schema(name = "HsdsSchedule")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScheduleEntry(String id, @JsonProperty("service_id") String serviceId,
            @JsonProperty("valid_from") String validFrom, @JsonProperty("valid_to") String validTo,
            String timezone, String freq, String byday, @JsonProperty("opens_at") String opensAt,
            @JsonProperty("closes_at") String closesAt) {
    }

    @Schema(name = "HsdsServiceAtLocation")
    public record ServiceAtLocation(String id, @JsonProperty("service_id") String serviceId, Location location) {
    }

    @Schema(name = "HsdsLocation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(String id, @JsonProperty("location_type") String locationType, String name,
            List<Address> addresses) {
    }

    @Schema(name = "HsdsAddress")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Address(String id, @JsonProperty("address_1") String address1, String city,
            @JsonProperty("postal_code") String postalCode, @JsonProperty("state_province") String stateProvince,
            String country, @JsonProperty("address_type") String addressType) {
    }

    /** What an import takes: organisations and their services. */
    @Schema(name = "HsdsImport")
    public record Import(List<Organization> organizations, List<Service> services) {
    }
}
