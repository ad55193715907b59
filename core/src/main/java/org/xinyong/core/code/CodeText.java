package org.xinyong.core.code;

import java.text.Normalizer;

/** Normalises how people and spreadsheets write codes: full-width characters, spaces, case. */
final class CodeText {
    private CodeText() {
    }

    /** NFKC folds full-width letters and digits (９１３２…) to ASCII; spaces and dashes are dropped. */
    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '\u00a0' || c == '\u3000') {
                continue;
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }
}
