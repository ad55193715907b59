package org.xinyong.analysis.pinyin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits run-together pinyin into syllables: nantongjiafang → nan tong jia fang.
 *
 * <p>Longest syllable first, backtracking when the rest cannot be split, so the whole input is
 * always consumed: xianggang → xiang gang, and xian stays xian (one valid syllable, not xi an).
 * Input that cannot be split completely (initials like "ntjf", English words) is rejected rather
 * than half split. Immutable and thread-safe.
 */
public final class PinyinSegmenter {

    /** zhuang, chuang, shuang: no syllable is longer. */
    private static final int LONGEST_SYLLABLE = 6;

    private static final class Standard {
        static final PinyinSegmenter INSTANCE = new PinyinSegmenter(PinyinConverter.standard().syllables());
    }

    private final Set<String> syllables;

    PinyinSegmenter(Set<String> syllables) {
        this.syllables = Set.copyOf(syllables);
    }

    /** Segments over every syllable {@link PinyinConverter#standard()} can produce. */
    public static PinyinSegmenter standard() {
        return Standard.INSTANCE;
    }

    public boolean isSyllable(String s) {
        return syllables.contains(s);
    }

    /**
     * The syllables of {@code text} (lower-case a-z only), or an empty list if it cannot be split
     * completely into valid syllables.
     */
    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        // failedFrom[i]: the suffix starting at i has no segmentation; keeps backtracking linear
        boolean[] failedFrom = new boolean[text.length() + 1];
        return !text.isEmpty() && splitFrom(text, 0, out, failedFrom) ? out : List.of();
    }

    private boolean splitFrom(String text, int start, List<String> out, boolean[] failedFrom) {
        if (start == text.length()) {
            return true;
        }
        if (failedFrom[start]) {
            return false;
        }
        for (int end = Math.min(text.length(), start + LONGEST_SYLLABLE); end > start; end--) {
            String candidate = text.substring(start, end);
            if (syllables.contains(candidate)) {
                out.add(candidate);
                if (splitFrom(text, end, out, failedFrom)) {
                    return true;
                }
                out.remove(out.size() - 1);
            }
        }
        failedFrom[start] = true;
        return false;
    }
}
