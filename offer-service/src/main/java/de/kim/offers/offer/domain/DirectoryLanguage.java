package de.kim.offers.offer.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The languages of the public directory. Offers are written in German; translations into the others are optional, and
 * a text without one is shown in German. The constants are the ISO 639-1 codes themselves (lower case, against the
 * usual naming) because they are the values of the {@code lang} parameter and the keys of {@code translations}.
 */
public enum DirectoryLanguage {
    de,
    en,
    ar,
    fa;

    /** The languages an offer may be translated into: all but German, its own language. */
    public static List<String> translatable() {
        return Arrays.stream(values()).filter(language -> language != de).map(Enum::name).toList();
    }
}
