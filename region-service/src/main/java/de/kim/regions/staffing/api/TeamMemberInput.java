package de.kim.regions.staffing.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.regions.staffing.domain.TeamRole;

/** A team member as clients send it. */
@Schema(name = "TeamMemberInput")
public record TeamMemberInput(
        @Schema(description = "Subject id at the identity provider (token sub)") @NotBlank @Size(max = 100) String subject,
        @Schema(examples = "Nadine Günnewig") @NotBlank @Size(max = 100) String displayName,
        @Schema(description = "Work phone", examples = "+49 2306 100-211") @Size(max = 30) @Pattern(regexp = "\\+?[0-9][0-9 ()/-]{2,29}") String phone,
        @Schema(description = "Work e-mail", examples = "fm.nord@kreis-unna.de") @Size(max = 200) @Email String email,
        @Schema(description = "Sub-region code", examples = "NORD") @NotBlank String subregion,
        @NotNull TeamRole role) {
}
