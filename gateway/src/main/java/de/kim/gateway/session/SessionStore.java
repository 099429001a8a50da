package de.kim.gateway.session;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;

import org.jboss.logging.Logger;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import de.kim.gateway.config.GatewayConfig;
import de.kim.gateway.security.Secrets;

/**
 * Keeps the tokens of browser sessions in the gateway's PostgreSQL database (server-side session): the browser's
 * cookie holds only a random session id, and the table only its hash, so neither a cookie nor a database dump alone is
 * a usable token. Several gateway instances share the sessions; a restart keeps them.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class SessionStore implements TokenStateManager {

    /** The session cookie of Quarkus OIDC's default tenant: it holds the id this store hands out. */
    static final String COOKIE = "q_session";
    private static final Duration REFRESH_GRACE = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(SessionStore.class);
    private static final String TABLE = """
            create table if not exists gateway_session (
                id_hash       char(64)    primary key,
                id_token      text        not null,
                access_token  text        not null,
                refresh_token text,
                expires_in    bigint,
                created_at    timestamptz not null default now(),
                expires_at    timestamptz not null
            )""";

    private final Pool pool;
    private final Duration maxAge;
    private final Duration idleTimeout;
    private volatile boolean tableReady;

    SessionStore(Pool pool, GatewayConfig config) {
        this.pool = pool;
        this.maxAge = config.session().maxAge();
        this.idleTimeout = config.session().idleTimeout();
    }

    void start(@Observes StartupEvent started, Vertx vertx) {
        housekeeping();
        vertx.setPeriodic(TimeUnit.MINUTES.toMillis(5), id -> housekeeping());
    }

    /**
     * Drops sessions past their age. Until the table has been created once (the database may come up after the
     * gateway), it tries that first.
     */
    private void housekeeping() {
        Uni<?> ready = tableReady
                ? Uni.createFrom().voidItem()
                : pool.query(TABLE).execute().invoke(() -> tableReady = true);
        ready.chain(() -> pool.query("delete from gateway_session where expires_at < now()").execute())
                .subscribe().with(done -> {
                }, failure -> LOG.warnf("Session housekeeping failed: %s", failure.getClass().getSimpleName()));
    }

    /**
     * Called after the login and after every token refresh (during a request that still carries the session cookie it
     * replaces). A refresh must not restart the session's age: the new session keeps the login time of the old one.
     */
    @Override
    public Uni<String> createTokenState(RoutingContext routingContext, OidcTenantConfig oidcConfig,
            AuthorizationCodeTokens tokens, OidcRequestContext<String> requestContext) {
        Cookie previous = routingContext.request().getCookie(COOKIE);
        return store(tokens, previous == null ? null : previous.getValue());
    }

    /**
     * Keeps the tokens (Quarkus OIDC has encrypted them) under a new session id. The session they replace stays usable
     * for a short grace, so requests the browser sent in parallel with the old cookie still pass, and then ends.
     */
    Uni<String> store(AuthorizationCodeTokens tokens, String previousId) {
        String id = Secrets.random();
        return pool.preparedQuery("""
                with previous as (
                    update gateway_session set expires_at = least(expires_at, now() + make_interval(secs => $8))
                     where id_hash = $7 and expires_at > now()
                 returning created_at),
                login as (select coalesce((select created_at from previous), now()) as at)
                insert into gateway_session
                       (id_hash, id_token, access_token, refresh_token, expires_in, created_at, expires_at)
                select $1, $2, $3, $4, $5, login.at,
                       least(now() + make_interval(secs => $6), login.at + make_interval(secs => $9))
                  from login
                """)
                .execute(Tuple.from(Arrays.asList(Secrets.sha256(id), tokens.getIdToken(), tokens.getAccessToken(),
                        tokens.getRefreshToken(), tokens.getAccessTokenExpiresIn(), (double) idleTimeout.toSeconds(),
                        previousId == null ? null : Secrets.sha256(previousId), (double) REFRESH_GRACE.toSeconds(),
                        (double) maxAge.toSeconds())))
                .replaceWith(id);
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig,
            String tokenState, OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        // Each use moves the idle deadline on, never past the maximum age.
        return pool.preparedQuery("""
                update gateway_session
                   set expires_at = least(now() + make_interval(secs => $2), created_at + make_interval(secs => $3))
                 where id_hash = $1 and expires_at > now()
                returning id_token, access_token, refresh_token, expires_in
                """).execute(Tuple.of(Secrets.sha256(tokenState), (double) idleTimeout.toSeconds(),
                (double) maxAge.toSeconds())).map(SessionStore::tokensOf);
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig, String tokenState,
            OidcRequestContext<Void> requestContext) {
        return end(tokenState);
    }

    /** Tells the browser to drop its session cookie (logout, or a session that ended). */
    public static Cookie endedCookie() {
        return Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0);
    }

    /** Ends a session here (logout). */
    Uni<Void> end(String id) {
        return pool.preparedQuery("delete from gateway_session where id_hash = $1")
                .execute(Tuple.of(Secrets.sha256(id)))
                .replaceWithVoid();
    }

    /** No row: the session ended (logout, idle, age); the cookie no longer authenticates anyone. */
    private static AuthorizationCodeTokens tokensOf(RowSet<Row> rows) {
        if (rows.size() == 0) {
            throw new AuthenticationFailedException("session ended");
        }
        Row row = rows.iterator().next();
        return new AuthorizationCodeTokens(row.getString("id_token"), row.getString("access_token"),
                row.getString("refresh_token"), row.getLong("expires_in"));
    }
}
