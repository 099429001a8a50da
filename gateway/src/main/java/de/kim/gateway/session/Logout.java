package de.kim.gateway.session;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.oidc.AccessTokenCredential;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import de.kim.gateway.routing.GatewayProblems;

/**
 * Logout as a POST with the CSRF token (a GET any other page could trigger, and a redirect through the browser would
 * carry the ID token in its URL): the gateway ends the session in its database and then, server to server, at
 * Keycloak, so the next login asks for the password again.
 */
@ApplicationScoped
class Logout {

    private static final Logger LOG = Logger.getLogger(Logout.class);

    private final SessionStore sessions;
    private final GatewayProblems problems;
    private final HttpClient client;
    private final URI endSession;
    private final String clientId;
    private final Optional<String> clientSecret;

    Logout(SessionStore sessions, GatewayProblems problems, Vertx vertx,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServer,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId,
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") Optional<String> clientSecret) {
        this.sessions = sessions;
        this.problems = problems;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2_000));
        // Keycloak's end-session endpoint, which also ends a session server to server given its refresh token.
        this.endSession = URI.create(authServer.replaceAll("/+$", "") + "/protocol/openid-connect/logout");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    void register(@Observes Router router) {
        router.post("/auth/logout").handler(this::logout);
        router.get("/auth/logout").handler(ctx -> problems.methodNotAllowed(ctx, "POST",
                "Logging out takes a POST with the " + BrowserSession.CSRF_HEADER + " header."));
    }

    private void logout(RoutingContext ctx) {
        Cookie session = ctx.request().getCookie(SessionStore.COOKIE);
        if (session != null && !BrowserSession.csrfTokenMatches(ctx)) {
            problems.forbidden(ctx, "Logging out needs the " + BrowserSession.CSRF_HEADER + " header with the value of"
                    + " the " + BrowserSession.CSRF_COOKIE + " cookie (GET /auth/session sets it).");
            return;
        }
        ctx.response().addCookie(SessionStore.endedCookie())
                .addCookie(Cookie.cookie(BrowserSession.CSRF_COOKIE, "").setPath("/").setMaxAge(0))
                .putHeader("Cache-Control", "no-store");
        if (session == null) {
            ctx.response().setStatusCode(204).end();
            return;
        }
        // The identity holds the session's tokens, decrypted (the database keeps them encrypted).
        BrowserSession.withIdentity(ctx, identity -> {
            AccessTokenCredential tokens = identity == null
                    ? null
                    : identity.getCredential(AccessTokenCredential.class);
            String refreshToken = tokens == null || tokens.getRefreshToken() == null
                    ? null
                    : tokens.getRefreshToken().getToken();
            sessions.end(session.getValue()).subscribe().with(ended -> {
                // Answered once Keycloak has ended its session too: a login right after asks for the password.
                Future<Void> provider = refreshToken == null ? Future.succeededFuture() : endAtProvider(refreshToken);
                provider.onComplete(done -> ctx.response().setStatusCode(204).end());
            }, ctx::fail);
        });
    }

    /** Ends the person's Keycloak session; failing that, its own idle and age limits end it. */
    private Future<Void> endAtProvider(String refreshToken) {
        StringBuilder form = new StringBuilder("client_id=").append(encode(clientId))
                .append("&refresh_token=").append(encode(refreshToken));
        clientSecret.ifPresent(secret -> form.append("&client_secret=").append(encode(secret)));
        return client.request(new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(endSession.toString())
                .putHeader("Content-Type", "application/x-www-form-urlencoded").setIdleTimeout(5_000))
                .compose(request -> request.send(form.toString()))
                .onSuccess(answer -> {
                    if (answer.statusCode() >= 300) {
                        LOG.warnf("Keycloak answered %d to the end of a session", answer.statusCode());
                    }
                })
                .onFailure(failure -> LOG.warnf("Could not end a session at Keycloak: %s",
                        failure.getClass().getSimpleName()))
                .<Void>mapEmpty().otherwiseEmpty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
