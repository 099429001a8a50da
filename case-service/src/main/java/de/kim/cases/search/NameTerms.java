package de.kim.cases.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.codec.language.ColognePhonetic;

/**
 * The terms a name is found by: each word lower case without accents ("Özdemir" → "ozdemir", "Weiß" → "weiss"), and
 * its Cologne phonetic code prefixed with {@code #}, which German spelling of transliterated names shares (Mohammed,
 * Muhammad, Mohamed → #662; Yusuf, Youssef, Jussuf → #083). The Cologne code is made for German pronunciation, as
 * case managers write what they hear.
 */
public final class NameTerms {

    public static final String PHONETIC = "#";
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final ColognePhonetic COLOGNE = new ColognePhonetic();

    private NameTerms() {
    }

    /** The terms of a person's names, for the index. */
    public static Set<String> of(String... names) {
        Set<String> terms = new LinkedHashSet<>();
        for (String name : names) {
            for (String word : words(name)) {
                terms.add(word);
                String code = phonetic(word);
                if (!code.isEmpty()) {
                    terms.add(PHONETIC + code);
                }
            }
        }
        return terms;
    }

    /** The words of a name or query, normalised as the index keeps them. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = MARKS.matcher(Normalizer.normalize(text.replace("ß", "ss"), Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return WORDS.splitAsStream(plain).filter(word -> !word.isEmpty()).toList();
    }

    /** The Cologne code of a normalised word; empty for words without letters it codes. */
    public static String phonetic(String word) {
        return COLOGNE.colognePhonetic(word);
    }
}
