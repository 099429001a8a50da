package de.kim.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plain HTTP with a bearer token, for tests that send from many threads and must tell a lost connection (an
 * {@link IOException}: the outcome is unknown) from an answer.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String token;

    Http(String token) {
        this.token = token;
    }

    record Answer(int status, String body, HttpResponse<String> response) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The version an ETag names ({@code "3"} or {@code W/"3"}). */
        long version() {
            return Long.parseLong(response.headers().firstValue("ETag").orElseThrow().replaceAll("[^0-9]", ""));
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    Answer get(String url) throws IOException {
        return send(request(url).GET());
    }

    /** POST of a JSON body; {@code ifMatch} the version the change is based on, or null. */
    Answer post(String url, Object body, Long ifMatch) throws IOException {
        return send(posting(url, body, ifMatch));
    }

    /**
     * POST as {@link #post}, asking for no body back ({@code Prefer: return=minimal}): an agency system that keeps only
     * the new version from the ETag.
     */
    Answer postMinimal(String url, Object body, Long ifMatch) throws IOException {
        return send(posting(url, body, ifMatch).header("Prefer", "return=minimal"));
    }

    private HttpRequest.Builder posting(String url, Object body, Long ifMatch) throws IOException {
        HttpRequest.Builder request = request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return request;
    }

    /** GET that must answer 200; a lost connection is a test failure here. */
    JsonNode read(String url) {
        try {
            Answer answer = get(url);
            if (answer.status() != 200) {
                throw new AssertionError("GET " + url + " answered " + answer.status() + ": " + answer.body());
            }
            return answer.json();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static Answer send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
