package org.xinyong.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Applies {@link TextNormalizer} to every token. In analysis a token that normalises to nothing
 * (only whitespace) is dropped, keeping its position; for normalisation of query terms
 * ({@code keepEmpty}) every token survives, because Lucene expects exactly one token back.
 */
final class NormalizeFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final boolean keepEmpty;

    NormalizeFilter(TokenStream input, boolean keepEmpty) {
        super(input);
        this.keepEmpty = keepEmpty;
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skippedPositions = 0;
        while (input.incrementToken()) {
            String normalized = TextNormalizer.normalize(termAtt);
            if (normalized.isEmpty() && !keepEmpty) {
                skippedPositions += posIncAtt.getPositionIncrement();
                continue;
            }
            termAtt.setEmpty().append(normalized);
            posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
            return true;
        }
        return false;
    }
}
