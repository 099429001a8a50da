package de.kim.offers.offer.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a case manager types into a PostgreSQL tsquery for the German configuration. The
 * Snowball stemmer does not map all inflected forms to one stem ("Sprachkurs" → sprachkur, but
 * "Sprachkurse" → sprachkurs), so each word is searched together with its common inflections:
 * every word must match, any of its forms may.
 */
final class GermanTextQuery {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{Nd}]*");
    private static final List<String> ENDINGS = List.of("en", "es", "er", "e", "n", "s");
    private static final int MAX_WORDS = 10;

    private GermanTextQuery() {
    }

    /** @return the tsquery text, or null when the input has no words */
    static String of(String text) {
        List<String> terms = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        while (words.find() && terms.size() < MAX_WORDS) {
            terms.add("(" + String.join(" | ", forms(words.group().toLowerCase(Locale.GERMAN))) + ")");
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }

    private static Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        forms.add(word + "e");
        for (String ending : ENDINGS) {
            if (word.length() > ending.length() + 3 && word.endsWith(ending)) {
                forms.add(word.substring(0, word.length() - ending.length()));
            }
        }
        return forms;
    }
}
