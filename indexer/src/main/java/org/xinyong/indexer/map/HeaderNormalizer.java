package org.xinyong.indexer.map;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparable form of a column header, so that 罚款金额（万元）, 罚款金额(万元), "罚款金额 (万元) *"
 * and cf_nr_fk all look the same: NFKC (full-width to ASCII), no spaces, no required-field marks,
 * one kind of bracket, ASCII upper case.
 */
public final class HeaderNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\((?:必填|必填项|选填|可选|非必填|可为空)\\)");

    private HeaderNormalizer() {
    }

    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String folded = Normalizer.normalize(header, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '*' || c == '※'
                    || c == '"' || c == '“' || c == '”' || c == '\'') {
                continue;
            }
            switch (c) {
                case '【', '〔', '[', '{' -> out.append('(');
                case '】', '〕', ']', '}' -> out.append(')');
                default -> out.append(c);
            }
        }
        String n = MARKS.matcher(out).replaceAll("");
        while (n.endsWith(":")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.toUpperCase(Locale.ROOT);
    }
}
