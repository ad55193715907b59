package org.xinyong.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The whole input as one token, cut at {@link #MAX_CHARS}; empty input gives no token.
 *
 * <p>The cap keeps a pasted document in a name field from becoming a huge term (Lucene rejects
 * terms over 32766 bytes and fails the whole document). Names are far shorter.
 */
final class WholeInputTokenizer extends Tokenizer {

    static final int MAX_CHARS = 1024;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private boolean done;
    private int finalOffset;

    @Override
    public boolean incrementToken() throws IOException {
        if (done) {
            return false;
        }
        done = true;
        clearAttributes();
        char[] buffer = termAtt.resizeBuffer(MAX_CHARS);
        int kept = 0;
        for (int read; kept < MAX_CHARS && (read = input.read(buffer, kept, MAX_CHARS - kept)) != -1; ) {
            kept += read;
        }
        int total = kept + (int) skipRest();
        if (kept == MAX_CHARS && Character.isHighSurrogate(buffer[kept - 1])) {
            kept--; // never cut a surrogate pair in half
        }
        finalOffset = correctOffset(total);
        if (kept == 0) {
            return false;
        }
        termAtt.setLength(kept);
        offsetAtt.setOffset(correctOffset(0), correctOffset(kept));
        return true;
    }

    private long skipRest() throws IOException {
        long skipped = 0;
        char[] scratch = new char[256];
        for (int read; (read = input.read(scratch)) != -1; ) {
            skipped += read;
        }
        return skipped;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        done = false;
        finalOffset = 0;
    }
}
