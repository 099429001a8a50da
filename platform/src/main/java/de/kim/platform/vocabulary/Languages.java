package de.kim.platform.vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.kim.platform.problem.ApiProblem;

/** Languages are ISO 639-1 codes everywhere (de, ar, fa, uk…). */
public final class Languages {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    /** @throws ApiProblem 422 naming the first code that is none, e.g. {@code languages[1]} */
    public static void requireIsoCodes(String field, List<String> codes) {
        for (int i = 0; i < codes.size(); i++) {
            if (!ISO_639_1.contains(codes.get(i))) {
                throw ApiProblem.invalid(field + "[" + i + "]", "language-code",
                        "must be an ISO 639-1 code such as de, ar, fa");
            }
        }
    }
}
