package org.xinyong.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of a given width. Chinese text may break between any two characters;
 * Latin words and numbers (document numbers, codes) are kept whole unless a single one is wider
 * than the line. Closing punctuation never starts a line and opening punctuation never ends one
 * (the usual 避头尾 rule), so a line never begins with "，" or "）".
 */
final class TextWrap {
    private static final String NO_START = "，。、；：？！）》」』〕】〉’”%‰,.;:?!)]}…·—～";
    private static final String NO_END = "（《「『〔【〈‘“([{";

    private TextWrap() {
    }

    /** Lines of {@code text} (already {@link Typeface#clean cleaned}); at least one, possibly empty. */
    static List<String> wrap(String text, Typeface face, float size, float width) {
        List<String> lines = new ArrayList<>();
        float max = width * 1000f / size;
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, face, max, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, Typeface face, float max, List<String> lines) {
        int n = text.length();
        int start = 0;
        while (start < n && text.charAt(start) == ' ') {
            start++;
        }
        if (start >= n) {
            lines.add("");
            return;
        }
        float lineWidth = 0;
        int lastBreak = -1;
        int i = start;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (i > start && canBreakBefore(text, i)) {
                lastBreak = i;
            }
            float adv = Math.max(0, face.advance(cp));
            if (lineWidth + adv > max && i > start && cp != ' ') {
                int end = lastBreak > start ? lastBreak : i;
                lines.add(text.substring(start, end).stripTrailing());
                start = end;
                while (start < n && text.charAt(start) == ' ') {
                    start++;
                }
                lineWidth = 0;
                lastBreak = -1;
                i = start;
                continue;
            }
            lineWidth += adv;
            i += len;
        }
        if (start < n) {
            lines.add(text.substring(start).stripTrailing());
        }
    }

    private static boolean canBreakBefore(String text, int i) {
        char prev = text.charAt(i - 1);
        char c = text.charAt(i);
        if (Character.isLowSurrogate(c)) {
            return false;
        }
        if (NO_START.indexOf(c) >= 0 || NO_END.indexOf(prev) >= 0) {
            return false;
        }
        if (prev == ' ' || prev == '/') {
            return c != ' ';
        }
        return isWide(c) || isWide(prev);
    }

    /** CJK ideographs, kana, full-width forms and CJK punctuation: break anywhere around them. */
    private static boolean isWide(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF
                || c >= 0x3000 && c <= 0x303F || Character.isHighSurrogate(c);
    }
}
