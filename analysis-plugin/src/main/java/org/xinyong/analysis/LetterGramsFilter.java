package org.xinyong.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns a stream of single initials (n t g j j f …, one per char, polyphones stacked) into the
 * ordered pairs of initials at most {@link #MAX_GAP} positions apart: 南通国际家纺 (n t g j j f) gives
 * nt ng nj, tg tj, gj gf, jj jf, jf: each pair once per position.
 *
 * <p>Why: typed initials skip chars ('ntjf' for 南通国际家纺), so they are matched by a phrase with
 * slop over single letters. Every name has n, t, y, x, g, s, so that phrase alone walks the
 * positions of nearly every document. Each adjacent pair of the typed letters must be one of these
 * pairs when the phrase matches with slop ≤ MAX_GAP, and a pair like 'jf' is rare: a filter on
 * them leaves the phrase a few hundred documents to check instead of three hundred thousand.
 *
 * <p>Tokens that are not a single ASCII letter (digits, Latin words) take their position and give
 * no pair. A name is short; the stream is read whole (at most {@link #MAX_TOKENS} tokens; the
 * rest gives no pairs).
 */
final class LetterPairsFilter extends TokenFilter {

    /** Chars a typed initial may skip between two letters: the slop of the initials phrase. */
    static final int MAX_GAP = 2;
    static final int MAX_TOKENS = 256;
    static final String TYPE = "<LETTER_PAIR>";

    private record Letter(char letter, int position, int start, int end) {}

    private record Pair(String text, int position, int start, int end) {}

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final ArrayDeque<Pair> pairs = new ArrayDeque<>();
    private boolean read;
    private int lastPosition = -1;

    LetterPairsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!read) {
            readAll();
            read = true;
        }
        Pair pair = pairs.poll();
        if (pair == null) {
            return false;
        }
        clearAttributes();
        termAtt.append(pair.text());
        offsetAtt.setOffset(pair.start(), pair.end());
        posIncAtt.setPositionIncrement(pair.position() - lastPosition);
        posLenAtt.setPositionLength(1);
        typeAtt.setType(TYPE);
        lastPosition = pair.position();
        return true;
    }

    private void readAll() throws IOException {
        List<Letter> letters = new ArrayList<>();
        int position = -1;
        int tokens = 0;
        while (input.incrementToken()) {
            position += posIncAtt.getPositionIncrement();
            if (++tokens <= MAX_TOKENS && termAtt.length() == 1 && isAsciiLetter(termAtt.charAt(0))) {
                letters.add(new Letter(termAtt.charAt(0), position, offsetAtt.startOffset(), offsetAtt.endOffset()));
            }
        }
        // letters are in position order; pair each with the letters after it within the gap
        int first = 0;
        for (int i = 0; i < letters.size(); i = first) {
            int p = letters.get(i).position();
            // the same two letters may pair more than once from one position (tj with 国 and 际…): one token
            Map<String, Pair> atPosition = new LinkedHashMap<>();
            for (first = i; first < letters.size() && letters.get(first).position() == p; first++) {
                Letter a = letters.get(first);
                for (int j = first + 1; j < letters.size() && letters.get(j).position() <= p + MAX_GAP + 1; j++) {
                    Letter b = letters.get(j);
                    if (b.position() > p) {
                        String text = "" + a.letter() + b.letter();
                        atPosition.putIfAbsent(text, new Pair(text, p, a.start(), Math.max(a.end(), b.end())));
                    }
                }
            }
            pairs.addAll(atPosition.values());
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pairs.clear();
        read = false;
        lastPosition = -1;
    }
}
