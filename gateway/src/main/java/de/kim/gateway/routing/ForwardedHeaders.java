package de.kim.gateway.routing;

import java.security.SecureRandom;
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
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern VALID_TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ForwardedHeaders() {
    }

    /** Headers for the request to the service. */
    static MultiMap toService(HttpServerRequest in, String requestId) {
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        in.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                out.add(header.getKey(), header.getValue());
            }
        });
        out.set(REQUEST_ID, requestId);
        String traceparent = in.getHeader(TRACEPARENT);
        if (traceparent == null || !VALID_TRACEPARENT.matcher(traceparent).matches()) {
            out.set(TRACEPARENT, newTraceparent());
        }
        String remote = in.remoteAddress() == null ? "unknown" : in.remoteAddress().hostAddress();
        String forwardedFor = in.getHeader("X-Forwarded-For");
        out.set("X-Forwarded-For", forwardedFor == null ? remote : forwardedFor + ", " + remote);
        out.set("X-Forwarded-Proto", in.scheme());
        if (in.authority() != null) {
            out.set("X-Forwarded-Host", in.authority().toString());
        }
        return out;
    }

    /** Headers of the service's response that go back to the caller. */
    static void copyResponseHeaders(MultiMap fromService, MultiMap toCaller) {
        fromService.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                toCaller.add(header.getKey(), header.getValue());
            }
        });
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
