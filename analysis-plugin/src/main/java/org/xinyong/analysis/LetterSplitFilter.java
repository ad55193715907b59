package org.xinyong.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;

/**
 * Splits a Latin token into single letters (ntjf → n t j f), so typed initials line up with the
 * per-char initials of the index. Other tokens (digits, Chinese, mixed) pass through.
 */
final class LetterSplitFilter extends PieceFilter {

    /** Beyond this a token is not initials anyone types; it passes through. */
    static final int MAX_LENGTH = 64;
    static final String TYPE = "letter";

    LetterSplitFilter(TokenStream input) {
        super(input);
    }

    @Override
    List<Piece> split(CharSequence term) {
        if (term.length() < 2 || term.length() > MAX_LENGTH || !PinyinSplitFilter.isAsciiLetters(term)) {
            return null;
        }
        List<Piece> pieces = new ArrayList<>(term.length());
        for (int i = 0; i < term.length(); i++) {
            pieces.add(new Piece(String.valueOf(term.charAt(i)), i, i + 1, TYPE));
        }
        return pieces;
    }
}
