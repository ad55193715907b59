package org.xinyong.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Replaces a token by pieces, each at its own position: the first takes the token's position, the
 * next ones follow one by one (nantong → nan, tong). A piece's offsets are its chars in the
 * original text when the token's offsets span exactly its chars; otherwise (an earlier filter
 * changed the length, e.g. NFKC turned ㈱ into (株)) every piece gets the whole token's offsets.
 */
abstract class PieceFilter extends TokenFilter {

    /** Chars {@code [start, end)} of the token become {@code text}; a null type keeps the token's. */
    record Piece(String text, int start, int end, String type) {}

    protected final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final ArrayDeque<Piece> pieces = new ArrayDeque<>();
    private State token;
    private int tokenStart;
    private int tokenEnd;
    private boolean exactOffsets;
    private boolean firstPiece;

    PieceFilter(TokenStream input) {
        super(input);
    }

    /** The pieces of the current token, or null to pass it through unchanged. */
    abstract List<Piece> split(CharSequence term);

    /** The next token to split; subclasses that read ahead serve buffered tokens from here. */
    boolean nextToken() throws IOException {
        return input.incrementToken();
    }

    @Override
    public final boolean incrementToken() throws IOException {
        if (pieces.isEmpty()) {
            if (!nextToken()) {
                return false;
            }
            List<Piece> split = split(termAtt);
            if (split == null || split.isEmpty()) {
                return true;
            }
            pieces.addAll(split);
            token = captureState();
            tokenStart = offsetAtt.startOffset();
            tokenEnd = offsetAtt.endOffset();
            exactOffsets = tokenEnd - tokenStart == termAtt.length();
            firstPiece = true;
        } else {
            restoreState(token);
        }
        emit(pieces.poll());
        return true;
    }

    private void emit(Piece piece) {
        termAtt.setEmpty().append(piece.text());
        if (exactOffsets) {
            offsetAtt.setOffset(tokenStart + piece.start(), tokenStart + piece.end());
        }
        if (!firstPiece) {
            posIncAtt.setPositionIncrement(1);
        }
        firstPiece = false;
        posLenAtt.setPositionLength(1);
        if (piece.type() != null) {
            typeAtt.setType(piece.type());
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pieces.clear();
        token = null;
    }
}
