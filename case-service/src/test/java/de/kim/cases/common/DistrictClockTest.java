package de.kim.cases.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** "Today" in the API's checks is the district's day, as in the app, not the server's (UTC). */
@QuarkusTest
class DistrictClockTest {

    record Held(@PastOrPresent LocalDate heldOn) {
    }

    @Inject
    ValidatorFactory factory;

    @Inject
    Validator validator;

    @Test
    void validationCountsDaysInGermanTime() {
        assertThat(factory.getClockProvider().getClock().getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(validator.validate(new Held(LocalDate.now(ZoneId.of("Europe/Berlin"))))).isEmpty();
        assertThat(validator.validate(new Held(LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1)))).hasSize(1);
    }
}
