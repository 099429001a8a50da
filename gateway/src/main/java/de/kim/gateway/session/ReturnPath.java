package de.kim.gateway.session;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Where a login may lead back to ({@code /auth/login?next=…}): a page of the app on the gateway's own origin, nothing
 * else. A browser forgives what a server check may miss (it drops a TAB or a line break, turns a backslash into a
 * slash, reads {@code //host} as another site), so anything that is not plainly a path of the app becomes the start
 * page: control characters, whitespace, backslashes, non-ASCII look-alikes, the same again percent-encoded, another
 * origin, the gateway's own API, login and operations paths.
 */
final class ReturnPath {

    static final String START = "/";

    /** A path with query and fragment in the characters RFC 3986 allows there, not starting with two slashes. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/(?!/)[A-Za-z0-9\\-._~!$&'()*+,;=:@/%?#]*");
    private static final URI OWN_ORIGIN = URI.create("https://gateway.invalid/");

    private ReturnPath() {
    }

    static String of(String next) {
        if (next == null || !PLAIN_PATH.matcher(next).matches() || !plainOnceDecoded(next)) {
            return START;
        }
        URI resolved;
        try {
            resolved = OWN_ORIGIN.resolve(next);
        } catch (IllegalArgumentException malformed) {
            return START;
        }
        if (!OWN_ORIGIN.getHost().equals(resolved.getHost()) || resolved.getRawUserInfo() != null) {
            return START;
        }
        String path = resolved.getRawPath();
        for (String notAPage : new String[]{"/api/", "/auth/", "/q/"}) {
            if (path.startsWith(notAPage)) {
                return START;
            }
        }
        return next;
    }

    /**
     * The path, encoded once more ({@code %2F%2F}, {@code %5C}, {@code %09}, {@code %E2%88%95}), must still be plain;
     * the query and fragment cannot lead elsewhere (a search for "Müller" stays encoded in them).
     */
    private static boolean plainOnceDecoded(String next) {
        int end = next.length();
        for (char stop : new char[]{'?', '#'}) {
            int at = next.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String path = next.substring(0, end);
        try {
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            return PLAIN_PATH.matcher(decoded.replace("%", "")).matches();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
