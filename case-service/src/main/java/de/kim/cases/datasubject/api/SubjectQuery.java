package de.kim.cases.datasubject.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who asks for their data: name and birth date as the data-protection officer verified them. In the body, never in a
 * URL, so they appear in no access log.
 */
@Schema(description = "The data subject as identified by the data-protection officer; all three must match exactly (case-insensitive names)")
public record SubjectQuery(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
        @NotNull @Past LocalDate birthDate) {
}
