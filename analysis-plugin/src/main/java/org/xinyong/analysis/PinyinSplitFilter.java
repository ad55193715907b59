package org.xinyong.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.TokenStream;
import org.xinyong.analysis.pinyin.PinyinSegmenter;

/**
 * Splits run-together pinyin typed by a user (nantongjiafang → nan tong jia fang) so it lines up
 * with the per-char syllables of the index. A token that is one syllable already, or that cannot be
 * split completely (initials, English words, digits), passes through unchanged. Pieces are
 * lower-case whatever the input's case.
 */
final class PinyinSplitFilter extends PieceFilter {

    /** Longer Latin tokens are not pinyin anyone types; the limit bounds the work per token. */
    static final int MAX_LENGTH = 64;
    static final String TYPE = "pinyin";

    private final PinyinSegmenter segmenter;

    PinyinSplitFilter(TokenStream input, PinyinSegmenter segmenter) {
        super(input);
        this.segmenter = segmenter;
    }

    @Override
    List<Piece> split(CharSequence term) {
        if (term.length() < 2 || term.length() > MAX_LENGTH || !isAsciiLetters(term)) {
            return null;
        }
        List<String> syllables = segmenter.split(term.toString().toLowerCase(Locale.ROOT));
        if (syllables.size() < 2) {
            return null;
        }
        List<Piece> pieces = new ArrayList<>(syllables.size());
        int start = 0;
        for (String syllable : syllables) {
            pieces.add(new Piece(syllable, start, start + syllable.length(), TYPE));
            start += syllable.length();
        }
        return pieces;
    }

    static boolean isAsciiLetters(CharSequence term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if ((c < 'a' || c > 'z') && (c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return true;
    }
}
