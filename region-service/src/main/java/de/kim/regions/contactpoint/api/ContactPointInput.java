package de.kim.regions.contactpoint.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.regions.common.AddressInput;

/** A contact point as clients send it. */
@Schema(name = "ContactPointInput")
public record ContactPointInput(
        @Schema(examples = "Michaelsheim") @NotBlank @Size(max = 100) String name,
        @NotNull UUID municipalityId,
        @Schema(description = "Optional; must lie in the municipality") UUID quarterId,
        @Valid @NotNull AddressInput address,
        @Schema(description = "Who runs it, one or more", examples = "[\"Caritasverband Lünen-Selm-Werne e. V.\"]") @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 200) String> operators,
        @Schema(description = "Languages spoken, ISO 639-1 codes", examples = "[\"de\", \"ar\", \"fa\"]") @NotNull @Size(max = 30) List<@NotBlank String> languages,
        @Schema(description = "Services offered, free tags", examples = "[\"Beratung\", \"Sprachcafé\"]") @NotNull @Size(max = 30) List<@NotBlank @Size(max = 50) String> services,
        @Schema(description = "Weekly office hours in local time (Europe/Berlin); several slots per day allowed, not overlapping") @NotNull @Size(max = 50) List<@Valid @NotNull Slot> officeHours,
        @Schema(description = "Date ranges when closed, e.g. holidays; both days included") @NotNull @Size(max = 100) List<@Valid @NotNull ClosureInput> closures) {

    @Schema(name = "OfficeHoursInput")
    public record Slot(@NotNull DayOfWeek day, @Schema(examples = "15:00") @NotNull LocalTime opens,
            @Schema(examples = "16:30") @NotNull LocalTime closes) {
    }

    @Schema(name = "ClosureInput")
    public record ClosureInput(@NotNull LocalDate from, @NotNull LocalDate to, @Size(max = 200) String reason) {
    }
}
