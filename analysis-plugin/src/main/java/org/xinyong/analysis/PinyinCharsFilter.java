package org.xinyong.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.xinyong.analysis.pinyin.PinyinConverter;

/**
 * Each Chinese char becomes its own token, its syllable (南通国际 → nan tong guo ji) or its
 * initial letter (n t g j), at its own position; Latin and digits inside a token stay one piece,
 * and tokens without Chinese pass through.
 *
 * <p>The word segmenter may cut a name differently in different contexts (单县 as one word or as
 * 单|县), and per-token conversion would then read 单 once as shan and once as dan. So readings
 * are computed over the whole run of adjacent Chinese tokens, and the same chars read the same way
 * in the index and in the query. The run is buffered up to {@link #MAX_RUN_CHARS} chars.
 */
final class PinyinCharsFilter extends PieceFilter {

    static final int MAX_RUN_CHARS = 256;
    static final String SYLLABLE_TYPE = "pinyin";
    static final String LETTER_TYPE = "pinyin_letter";

    private record Buffered(State state, String[] readings) {}

    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PinyinConverter converter;
    private final boolean lettersOnly;

    private final ArrayDeque<Buffered> run = new ArrayDeque<>();
    private final List<State> runStates = new ArrayList<>();
    private State lookahead;
    private boolean inputDone;
    private String[] readings;

    PinyinCharsFilter(TokenStream input, PinyinConverter converter, boolean lettersOnly) {
        super(input);
        this.converter = converter;
        this.lettersOnly = lettersOnly;
    }

    @Override
    boolean nextToken() throws IOException {
        if (run.isEmpty()) {
            if (!readToken()) {
                return false;
            }
            if (!Han.containsHan(termAtt)) {
                readings = null;
                return true;
            }
            bufferRun();
        }
        Buffered next = run.poll();
        restoreState(next.state());
        readings = next.readings();
        return true;
    }

    @Override
    List<Piece> split(CharSequence term) {
        if (readings == null) {
            return null;
        }
        List<Piece> pieces = new ArrayList<>(term.length());
        for (int i = 0; i < term.length(); ) {
            if (readings[i] != null) {
                String text = lettersOnly ? readings[i].substring(0, 1) : readings[i];
                pieces.add(new Piece(text, i, i + 1, lettersOnly ? LETTER_TYPE : SYLLABLE_TYPE));
                i++;
            } else {
                int end = i + 1;
                while (end < term.length() && readings[end] == null) {
                    end++;
                }
                pieces.add(new Piece(term.subSequence(i, end).toString(), i, end, null));
                i = end;
            }
        }
        return pieces;
    }

    /** The current token has Chinese: buffer it and the adjacent Chinese tokens after it, then read them. */
    private void bufferRun() throws IOException {
        runStates.clear();
        StringBuilder text = new StringBuilder(termAtt);
        runStates.add(captureState());
        while (Han.endsWithHan(termAtt) && text.length() < MAX_RUN_CHARS) {
            int previousEnd = offsetAtt.endOffset();
            if (!readToken()) {
                break;
            }
            boolean adjacent = posIncAtt.getPositionIncrement() == 1
                    && offsetAtt.startOffset() == previousEnd
                    && Han.startsWithHan(termAtt);
            if (!adjacent) {
                lookahead = captureState();
                break;
            }
            text.append(termAtt);
            runStates.add(captureState());
        }
        String[] all = converter.readings(text);
        int from = 0;
        for (State state : runStates) {
            restoreState(state);
            int to = from + termAtt.length();
            run.add(new Buffered(state, Arrays.copyOfRange(all, from, to)));
            from = to;
        }
    }

    /** The token read ahead last time, else the next one from the input. */
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
        run.clear();
        lookahead = null;
        runStates.clear();
        inputDone = false;
        readings = null;
    }
}
