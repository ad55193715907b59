package org.xinyong.api.search;

/**
 * Marks in a subject's name what it shares with the text typed: each run of two or more
 * characters (one, for a word of one character) that also occurs in one of the typed words,
 * compared without case and full width. The name is HTML-escaped and the runs wrapped in
 * {@code <em>}, as Elasticsearch's {@code html} encoder writes its highlights.
 *
 * <p>Why not Elasticsearch's highlighter: on the subjects' {@code name} (its offsets indexed, the
 * words and bigrams of a name overlapping) it marked wrongly: {@code 南<em>通鑫帆钢结构有</em><em>限公司</em>}
 * for the exact name 南通鑫帆钢结构有限公司, {@code 有<em>限公司</em>} for 有限公司 (2026-11-27; the
 * plain highlighter marks every chain of overlapping tokens, 国际 in 金海国际家纺 for 金海家纺).
 * It also cost Elasticsearch 0.3 ms of a subjects search's 1.7 (ten names, the benchmark's mix),
 * for five names shown; marked here, five names take microseconds.
 */
final class NameMarks {
    private NameMarks() {
    }

    /** The name, escaped, with its shared runs marked; null when nothing is shared (no highlight). */
    static String mark(String name, String typed) {
        if (name == null || name.isEmpty() || typed == null || typed.isBlank()) {
            return null;
        }
        String folded = fold(name);
        boolean[] marked = new boolean[name.length()];
        boolean any = false;
        for (String word : fold(typed).trim().split("\\s+")) {
            int least = word.codePointCount(0, word.length()) == 1 ? 1 : 2;
            // by code points: a run never ends between the two halves of a rare character (𬍛 and
            // 𬌗 share their first), which would leave a lone surrogate that strict JSON readers refuse
            for (int start = 0; start < folded.length(); start = folded.offsetByCodePoints(start, 1)) {
                int end = longestSharedEnd(folded, start, word);
                if (folded.codePointCount(start, end) >= least) {
                    for (int i = start; i < end; i++) {
                        marked[i] = true;
                    }
                    any = true;
                }
            }
        }
        return any ? write(name, marked) : null;
    }

    /** Where the longest run of {@code name} from {@code start} that occurs in {@code word} ends. */
    private static int longestSharedEnd(String name, int start, String word) {
        int end = start;
        while (end < name.length()) {
            int next = name.offsetByCodePoints(end, 1);
            if (!word.contains(name.substring(start, next))) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** Lower case, full-width forms as ASCII: one char for one, so positions stay those of the name. */
    private static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static String write(String name, boolean[] marked) {
        StringBuilder out = new StringBuilder(name.length() + 16);
        for (int i = 0; i < name.length(); i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                out.append("<em>");
            }
            escape(name.charAt(i), out);
            if (marked[i] && (i + 1 == name.length() || !marked[i + 1])) {
                out.append("</em>");
            }
        }
        return out.toString();
    }

    /** As Elasticsearch's {@code html} encoder: the five characters HTML gives meaning to, and the slash. */
    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#x27;");
            case '/' -> out.append("&#x2F;");
            default -> out.append(c);
        }
    }
}
