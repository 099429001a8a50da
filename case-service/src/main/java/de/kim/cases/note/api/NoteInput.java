package de.kim.cases.note.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.cases.casefile.domain.CaseNote;
import de.kim.platform.vocabulary.DataCategory;

/**
 * A note on a case.
 *
 * @param confided
 *            Jugendamt only: confided for personal and educational help (§ 65 SGB VIII)
 */
public record NoteInput(
        @Schema(description = "Which consent lets other authorities see it") @NotNull DataCategory category,
        @NotBlank @Size(max = 8000) String text,
        @Schema(description = "ALL_PARTICIPANTS (those whose consent covers the category) or OWN_AUTHORITY") @NotNull CaseNote.Visibility visibility,
        @Schema(description = "Jugendamt only: confided under § 65 SGB VIII, shown to nobody else unless released") boolean confided) {
}
