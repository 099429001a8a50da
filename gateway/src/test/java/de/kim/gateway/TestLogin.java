package de.kim.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

/** The browser's login through the in-process OIDC provider's code flow (it logs in "alice", an admin). */
final class TestLogin {

    private TestLogin() {
    }

    /** Logs in through the OIDC provider's (test) login page; returns the browser's cookies. */
    static Map<String, String> login(String keycloak, String next) {
        Map<String, String> cookies = new HashMap<>();
        Response start = given().redirects().follow(false).queryParam("next", next).get("/auth/login");
        assertThat(start.statusCode()).isEqualTo(302);
        cookies.putAll(start.getCookies());
        URI authorize = URI.create(start.getHeader("Location"));
        assertThat(authorize.toString()).startsWith(keycloak);
        Map<String, String> query = query(authorize);

        Response loginPage = given().redirects().follow(false).queryParam("redirect_uri", query.get("redirect_uri"))
                .queryParam("state", query.get("state")).get(keycloak.replaceFirst("/auth$", "") + "/login");
        String callback = loginPage.getHeader("Location");
        assertThat(callback).contains("/auth/callback").contains("code=");

        Response back = given().redirects().follow(false).cookies(cookies).urlEncodingEnabled(false).get(callback);
        assertThat(back.statusCode()).as(back.asString()).isEqualTo(302);
        cookies.putAll(back.getCookies());
        Response landing = given().redirects().follow(false).cookies(cookies).urlEncodingEnabled(false)
                .get(URI.create(back.getHeader("Location")).getRawPath() + queryOf(back.getHeader("Location")));
        cookies.putAll(landing.getCookies());
        if (landing.statusCode() == 302) {
            String location = landing.getHeader("Location");
            assertThat(location).isIn(next.startsWith("//") ? List.of("/") : List.of(next));
        }
        return cookies;
    }

    private static String queryOf(String location) {
        String query = URI.create(location).getRawQuery();
        return query == null ? "" : "?" + query;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0],
                    java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", java.nio.charset.StandardCharsets.UTF_8));
        }
        return values;
    }
}
