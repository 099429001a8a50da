package de.kim.cases.plan.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a need is closed: met, no longer there, declined by the person, met by someone outside KIM, or otherwise. */
public record NeedClosingInput(@NotNull Reason reason,
        @Schema(description = "The case manager's words on it") @Size(max = 500) String note) {

    @Schema(name = "NeedClosingReason")
    public enum Reason {
        MET,
        NO_LONGER_NEEDED,
        DECLINED,
        MET_ELSEWHERE,
        OTHER
    }
}
