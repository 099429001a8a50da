package de.kim.cases.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.platform.vocabulary.DataCategory;

/** The minutes of a case conference: who took part and what was decided; each decision becomes a measure. */
public record ConferenceInput(
        @NotNull @PastOrPresent LocalDate heldOn,
        @Schema(description = "Authority codes; KIM and authorities taking part in the case") @NotEmpty @Size(max = 20) List<@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,29}", message = "must be an authority code such as JOBCENTER") String> participants,
        @NotEmpty @Size(max = 30) List<@Valid @NotNull Decision> decisions) {

    /**
     * @param goalId
     *            the goal the measure serves; without one the conference's decisions form a goal of their own
     */
    @Schema(name = "DecisionInput")
    public record Decision(@NotBlank @Size(max = 1000) String text,
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,29}", message = "must be an authority code such as JOBCENTER") String responsibleAuthority,
            LocalDate dueDate, UUID goalId,
            @Schema(description = "Required for a decision without a goal: which consent covers it (the decisions of one category form a goal of the conference)") DataCategory category) {
    }
}
