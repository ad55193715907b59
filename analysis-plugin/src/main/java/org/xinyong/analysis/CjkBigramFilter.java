package org.xinyong.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps every word and adds the overlapping bigrams of each run of adjacent Chinese chars, also
 * across word boundaries: smartcn cuts 家纺 into 家|纺, and the bigram 家纺 gives that word back.
 * Words give precision, bigrams recall.
 *
 * <p>A bigram is stacked (position increment 0) on the word it starts in, right after that word;
 * a bigram equal to that word is not repeated. A run continues into the next token only if it
 * follows at the next position with no gap in the text (no punctuation or space between).
 */
final class CjkBigramFilter extends TokenFilter {

    static final String TYPE = "<BIGRAM>";

    private record Bigram(String text, int start, int end) {}

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final ArrayDeque<Bigram> bigrams = new ArrayDeque<>();
    private final Set<String> seenAtPosition = new HashSet<>();
    private State word;
    private State lookahead;
    private boolean inputDone;

    CjkBigramFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!bigrams.isEmpty()) {
            emitBigram(bigrams.poll());
            return true;
        }
        if (!readToken()) {
            return false;
        }
        String text = termAtt.toString();
        int start = offsetAtt.startOffset();
        int end = offsetAtt.endOffset();
        boolean exact = end - start == text.length();
        seenAtPosition.clear();
        seenAtPosition.add(text);
        addInnerBigrams(text, start, end, exact);
        if (Han.endsWithHan(text)) {
            State current = captureState();
            addBigramIntoNextToken(text, start, end, exact);
            restoreState(current);
        }
        if (!bigrams.isEmpty()) {
            word = captureState();
        }
        return true;
    }

    private void addInnerBigrams(String text, int start, int end, boolean exact) {
        for (int i = 0; i < text.length(); ) {
            int first = text.codePointAt(i);
            int next = i + Character.charCount(first);
            if (next < text.length() && Han.isHan(first) && Han.isHan(text.codePointAt(next))) {
                int after = next + Character.charCount(text.codePointAt(next));
                add(text.substring(i, after), exact ? start + i : start, exact ? start + after : end);
            }
            i = next;
        }
    }

    /** Reads the next token ahead; if it continues the run, the bigram across the boundary is added. */
    private void addBigramIntoNextToken(String text, int start, int end, boolean exact) throws IOException {
        if (!readToken()) {
            return;
        }
        lookahead = captureState();
        boolean adjacent = posIncAtt.getPositionIncrement() == 1 && offsetAtt.startOffset() == end;
        if (!adjacent || !Han.startsWithHan(termAtt)) {
            return;
        }
        int last = text.codePointBefore(text.length());
        int lastStart = text.length() - Character.charCount(last);
        int first = Character.codePointAt(termAtt, 0);
        int firstLength = Character.charCount(first);
        boolean nextExact = offsetAtt.endOffset() - offsetAtt.startOffset() == termAtt.length();
        String bigram = new StringBuilder(4).appendCodePoint(last).appendCodePoint(first).toString();
        add(bigram, exact ? start + lastStart : start, nextExact ? offsetAtt.startOffset() + firstLength : offsetAtt.endOffset());
    }

    private void add(String bigram, int start, int end) {
        if (seenAtPosition.add(bigram)) {
            bigrams.add(new Bigram(bigram, start, end));
        }
    }

    private void emitBigram(Bigram bigram) {
        restoreState(word);
        termAtt.setEmpty().append(bigram.text());
        offsetAtt.setOffset(bigram.start(), bigram.end());
        posIncAtt.setPositionIncrement(0);
        posLenAtt.setPositionLength(1);
        typeAtt.setType(TYPE);
    }

    private boolean readToken() throws IOException {
        if (lookahead != null) {
            restoreState(lookahead);
            lookahead = null;
            return true;
        }
        if (inputDone || !input.incrementToken()) {
            inputDone = true;
            return false;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        bigrams.clear();
        seenAtPosition.clear();
        word = null;
        lookahead = null;
        inputDone = false;
    }
}
