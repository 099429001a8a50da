package de.kim.gateway.routing;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;

/**
 * Which headers cross the gateway: end-to-end headers (including the caller's Authorization) pass, hop-by-hop headers
 * do not; every request leaves with a request id and a W3C trace context.
 */
final class ForwardedHeaders {

    static final String REQUEST_ID = "X-Request-Id";
    static final String TRACEPARENT = "traceparent";

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");
    /** Set by the gateway alone: a caller must not be able to claim another address in audit logs. */
    private static final Set<String> FORWARDING = Set.of("forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-proto", "x-forwarded-port", "x-forwarded-prefix", "x-real-ip");
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern VALID_TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ForwardedHeaders() {
    }

    /** Headers for the request to the service. */
    static MultiMap toService(HttpServerRequest in, String requestId) {
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        Set<String> named = connectionHeaders(in.headers());
        in.headers().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !FORWARDING.contains(name) && !named.contains(name)) {
                out.add(header.getKey(), header.getValue());
            }
        });
        out.set(REQUEST_ID, requestId);
        String traceparent = in.getHeader(TRACEPARENT);
        if (traceparent == null || !VALID_TRACEPARENT.matcher(traceparent).matches()) {
            out.set(TRACEPARENT, newTraceparent());
        }
        out.set("X-Forwarded-For", in.remoteAddress() == null ? "unknown" : in.remoteAddress().hostAddress());
        out.set("X-Forwarded-Proto", in.scheme());
        if (in.authority() != null) {
            out.set("X-Forwarded-Host", in.authority().toString());
        }
        return out;
    }

    /** Headers of the service's response that go back to the caller. */
    static void copyResponseHeaders(MultiMap fromService, MultiMap toCaller) {
        Set<String> named = connectionHeaders(fromService);
        fromService.forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !named.contains(name)) {
                toCaller.add(header.getKey(), header.getValue());
            }
        });
    }

    /** Headers a Connection header declares hop-by-hop (RFC 9110 §7.6.1). */
    private static Set<String> connectionHeaders(MultiMap headers) {
        Set<String> named = new HashSet<>();
        for (String value : headers.getAll("Connection")) {
            for (String token : value.split(",")) {
                named.add(token.strip().toLowerCase(Locale.ROOT));
            }
        }
        return named;
    }

    /** The caller's request id when it is safe to log and pass on, else a new one. */
    static String requestId(HttpServerRequest in) {
        String given = in.getHeader(REQUEST_ID);
        return given != null && SAFE_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    private static String newTraceparent() {
        byte[] traceId = new byte[16];
        byte[] spanId = new byte[8];
        RANDOM.nextBytes(traceId);
        RANDOM.nextBytes(spanId);
        HexFormat hex = HexFormat.of();
        return "00-" + hex.formatHex(traceId) + "-" + hex.formatHex(spanId) + "-01";
    }
}
