package de.kim.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import de.kim.cases.casefile.domain.CaseNote;

/** Off by default: the services of a deployment (and the tests) never see a demo household. */
@QuarkusTest
class DemoCaseloadOffTest {

    @Inject
    DemoCaseload caseload;

    @Inject
    DemoCaseloadConfig config;

    @Test
    void theSwitchIsOffUnlessTheLocalRunTurnsItOn() {
        assertThat(config.enabled()).isFalse();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> caseload.progress()
                .state() == DemoCaseload.State.WAITING
                && QuarkusTransaction.requiringNew()
                        .call(() -> CaseNote.count("text like ?1", DemoTexts.MARKER_PREFIX + "%")) == 0);
    }
}
