package de.kim.cases.casefile.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The case entered a phase at a moment; the steps of a case are its phase history. */
@Embeddable
public class PhaseStep {

    @Enumerated(EnumType.STRING)
    public CasePhase phase;

    public OffsetDateTime since;

    protected PhaseStep() {
    }

    public PhaseStep(CasePhase phase, OffsetDateTime since) {
        this.phase = phase;
        this.since = since;
    }
}
