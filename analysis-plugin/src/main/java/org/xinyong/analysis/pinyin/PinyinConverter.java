package org.xinyong.analysis.pinyin;

import java.util.Map;
import java.util.Set;

/**
 * Chinese text to toneless, lower-case pinyin (ü written v), with readings chosen for company and
 * place names: 重庆银行 → chong qing yin hang, 厦门大厦 → xia men da sha.
 *
 * <p>Polyphones are resolved phrase first: the longest known phrase wins, scanning from the end
 * of the text (backward maximum matching). Scanning backward reads 乐清市长沙县 as 乐清|市|长沙|县
 * where a forward scan would take 市长 (mayor, shi zhang); Chinese compounds put the head last, so
 * backward matching errs less. Chars outside any phrase take a per-char default, the reading most
 * common in names (长 chang, 厦 xia, 曾 zeng).
 *
 * <p>Immutable and thread-safe. Usable outside Elasticsearch.
 */
public final class PinyinConverter {

    /** The tables are about 1 MB of text and never change: load them once per class loader. */
    private static final class Standard {
        static final PinyinConverter INSTANCE = new PinyinConverter(ReadingTables.load());
    }

    private final String[] charReadings;
    private final Map<String, String[]> phrases;
    private final int longestPhrase;
    private final Set<String> syllables;

    private PinyinConverter(ReadingTables tables) {
        this.charReadings = tables.charReadings;
        this.phrases = Map.copyOf(tables.phrases);
        this.longestPhrase = phrases.keySet().stream().mapToInt(String::length).max().orElse(1);
        this.syllables = Set.copyOf(tables.syllables);
    }

    /** pinyin4j's tables with the Xinyong overrides for names. */
    public static PinyinConverter standard() {
        return Standard.INSTANCE;
    }

    /**
     * One entry per char of {@code text}: the syllable of each Chinese char that has a reading, null
     * for anything else (Latin, digits, punctuation, chars outside the table).
     */
    public String[] readings(CharSequence text) {
        int n = text.length();
        String[] out = new String[n];
        int end = n;
        while (end > 0) {
            end -= readPhraseEndingAt(text, end, out);
        }
        return out;
    }

    /**
     * 南通国际家纺 → nantongguojijiafang. Latin and digits are kept, half-width and lower-case
     * (ＡＢＣ１２３ → abc123); punctuation and other symbols are dropped.
     */
    public String toPinyin(CharSequence text) {
        return join(text, false);
    }

    /** 南通国际家纺 → ntgjjf; Latin and digits as in {@link #toPinyin}. */
    public String toInitials(CharSequence text) {
        return join(text, true);
    }

    /** The reading of one char on its own, without phrase context; null if it has none. */
    public String reading(char c) {
        return c >= ReadingTables.FIRST && c <= ReadingTables.LAST ? charReadings[c - ReadingTables.FIRST] : null;
    }

    /** Every syllable this converter can produce, without interjections such as "ng" or "m". */
    public Set<String> syllables() {
        return syllables;
    }

    /** Fills the readings of the longest phrase (or the single char) ending at {@code end}; returns its length. */
    private int readPhraseEndingAt(CharSequence text, int end, String[] out) {
        for (int length = Math.min(longestPhrase, end); length > 1; length--) {
            String[] phrase = phrases.get(text.subSequence(end - length, end).toString());
            if (phrase != null) {
                System.arraycopy(phrase, 0, out, end - length, length);
                return length;
            }
        }
        out[end - 1] = reading(text.charAt(end - 1));
        return 1;
    }

    /** Full-width forms U+FF01..U+FF5E sit exactly 0xFEE0 above their ASCII twins. */
    private static int halfWidth(int cp) {
        return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
    }

    private String join(CharSequence text, boolean initialsOnly) {
        String[] readings = readings(text);
        StringBuilder out = new StringBuilder(text.length() * (initialsOnly ? 1 : 4));
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (readings[i] != null) {
                out.append(initialsOnly ? readings[i].substring(0, 1) : readings[i]);
            } else if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(Character.toLowerCase(halfWidth(cp)));
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
