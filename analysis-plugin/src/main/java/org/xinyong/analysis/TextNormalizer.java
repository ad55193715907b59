package org.xinyong.analysis;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalisation behind {@code xinyong_normalize}, usable outside Elasticsearch (for example to
 * compare names the way the index does): full-width to half-width and other compatibility forms
 * (NFKC: ＡＢＣ１２３ → ABC123, （ → (), lower case, no whitespace, and every bracket style written
 * as round brackets, because registrations write 南通【集团】, 南通〔集团〕 and 南通（集团） for the same name.
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    public static String normalize(CharSequence text) {
        String s = text.toString();
        if (!isPlainAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(bracket(c));
        }
        return out.toString();
    }

    /** After NFKC, full-width ［］ are already [ ] and （） are already ( ). */
    private static char bracket(char c) {
        switch (c) {
            case '[': case '【': case '〔': case '〖':
                return '(';
            case ']': case '】': case '〕': case '〗':
                return ')';
            default:
                return c;
        }
    }

    /** The common case (already normalised Latin and digits) skips the NFKC pass. */
    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
