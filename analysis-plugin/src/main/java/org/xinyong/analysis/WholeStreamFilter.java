package org.xinyong.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A filter that reads its whole input before giving its first token, for what is known only at
 * the end of a run of chars or of a name. Only for short texts (names, typed queries): the
 * subclass queues what it gives, in order, at absolute positions that never go back.
 */
abstract class WholeStreamFilter extends TokenFilter {

    /** A token to give: its text, absolute position (from 0), offsets and type. */
    record Queued(String text, int position, int start, int end, String type) {}

    protected final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    protected final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    protected final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    protected final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);

    private final ArrayDeque<Queued> queue = new ArrayDeque<>();
    private boolean read;
    private int lastPosition = -1;

    protected WholeStreamFilter(TokenStream input) {
        super(input);
    }

    /** Reads {@code input} to its end and {@link #queue}s what this filter gives. */
    protected abstract void readAll() throws IOException;

    protected final void queue(Queued token) {
        queue.add(token);
    }

    @Override
    public final boolean incrementToken() throws IOException {
        if (!read) {
            readAll();
            read = true;
        }
        Queued next = queue.poll();
        if (next == null) {
            return false;
        }
        clearAttributes();
        termAtt.append(next.text());
        offsetAtt.setOffset(next.start(), next.end());
        posIncAtt.setPositionIncrement(next.position() - lastPosition);
        posLenAtt.setPositionLength(1);
        typeAtt.setType(next.type());
        lastPosition = next.position();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        queue.clear();
        read = false;
        lastPosition = -1;
    }
}
