package de.kim.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.test.junit.QuarkusTest;

import de.kim.gateway.config.GatewayConfig;

/**
 * The session's absolute limit counts from the login, however often its tokens are refreshed (the outside test saw
 * each refresh restart it). Tests run with a maximum age of 12 s.
 */
@QuarkusTest
class SessionLimitsTest {

    @Inject
    SessionStore sessions;

    @Inject
    GatewayConfig config;

    @Test
    void refreshesNeverMakeASessionOutliveItsLogin() throws InterruptedException {
        String session = sessions.store(tokens(), null).await().indefinitely();
        Instant login = Instant.now();
        Instant end = login.plus(config.session().maxAge());
        String replaced = null;
        // Used and refreshed every 2 s (the idle timeout is 4 s): before, each refresh restarted the maximum age.
        while (Instant.now().isBefore(end.minusSeconds(2))) {
            assertThat(usable(session)).isTrue();
            Thread.sleep(2_000);
            replaced = session;
            session = sessions.store(tokens(), session).await().indefinitely();
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis()) + 500);
        assertThat(usable(session)).as("past the maximum age of the login, though used and refreshed").isFalse();
        assertThat(usable(replaced)).isFalse();
    }

    /**
     * Keycloak's single sign-on ends when the gateway's session does, and the gateway asks for a fresh password once
     * the login is that old (OIDC max_age): an ended session is never renewed silently.
     */
    @Test
    void keycloaksSessionLimitsAreTheGatewaysOwn() throws IOException {
        Properties gateway = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            gateway.load(in);
        }
        Duration maxAge = DurationConverter.parseDuration(gateway.getProperty("kim.gateway.session.max-age"));
        Duration idle = DurationConverter.parseDuration(gateway.getProperty("kim.gateway.session.idle-timeout"));
        JsonNode realm = new ObjectMapper().readTree(Path.of("../deploy/keycloak/kim-realm.json").toFile());

        assertThat(realm.path("ssoSessionMaxLifespan").asLong()).isEqualTo(maxAge.toSeconds());
        assertThat(realm.path("ssoSessionIdleTimeout").asLong()).isEqualTo(idle.toSeconds());
        assertThat(gateway.getProperty("quarkus.oidc.authentication.extra-params.max_age"))
                .isEqualTo(Long.toString(maxAge.toSeconds()));
    }

    private boolean usable(String sessionId) {
        try {
            sessions.getTokens(null, null, sessionId, null).await().indefinitely();
            return true;
        } catch (io.quarkus.security.AuthenticationFailedException ended) {
            return false;
        }
    }

    /** Tokens as Quarkus OIDC hands them to the store (encrypted; the store never reads them). */
    private static AuthorizationCodeTokens tokens() {
        return new AuthorizationCodeTokens("id", "access", "refresh", 300L);
    }
}
