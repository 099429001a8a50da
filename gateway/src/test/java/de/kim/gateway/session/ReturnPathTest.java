package de.kim.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The login leads back to a page of the app, or to the start page: the variants an outside test tried, and more. */
class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/faelle", "/faelle/3f1c2a7e-0000-4000-8000-000000000001/haushalt",
            "/arbeitsliste?phase=ANKOMMEN&suche=M%C3%BCller#oben", "/api-docs", "/angebote?sprache=ar"})
    void aPageOfTheAppIsKept(String next) {
        assertThat(ReturnPath.of(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/\t/127.0.0.1:9999/x", "/%09/127.0.0.1:9999/x", "/\r\nSet-Cookie: a=b", "/%0d%0a",
            "//evil.example/x", "///evil.example", "/\\evil.example", "\\\\evil.example", "/%5Cevil.example",
            "/%2F%2Fevil.example", "/%2f/evil.example", "https://evil.example/", "javascript:alert(1)", " /faelle",
            "/ faelle", "/\u2215\u2215evil.example", "/%E2%88%95%E2%88%95evil.example", "/\u3002evil", "",
            "faelle", "/api/cases", "/auth/logout", "/q/metrics", "/%", "/%zz", "/\u0000"})
    void anythingElseLeadsToTheStartPage(String next) {
        assertThat(ReturnPath.of(next)).isEqualTo("/");
    }
}
