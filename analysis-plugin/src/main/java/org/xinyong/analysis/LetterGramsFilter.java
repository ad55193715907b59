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
 * ordered pairs (or triples) of initials whose first and last are at most {@link #MAX_GAP}
 * positions further apart than adjacent ones: 南通国际家纺 (n t g j j f) gives the pairs nt ng nj,
 * tg tj, gj gf, jj jf, jf; the triples ntg ntj ngj …: each once per position.
 *
 * <p>Why: typed initials skip chars ('ntjf' for 南通国际家纺), so they are matched by a phrase with
 * slop over single letters. Every name has n, t, y, x, g, s, so that phrase alone walks the
 * positions of nearly every document. Each run of adjacent typed letters must be one of these
 * grams when the phrase matches with slop ≤ MAX_GAP (in order: the gaps of a run add up to at most
 * the slop), and a gram like 'jf' is rarer than its letters: a filter on them leaves the phrase
 * fewer documents to check. Pairs alone left a six-letter query 8,576 of 304,595 names (12 of its
 * 14 ms, 2026-11-27); triples leave far fewer.
 *
 * <p>Tokens that are not a single ASCII letter (digits, Latin words) take their position and give
 * no gram. A name is short; the stream is read whole (at most {@link #MAX_TOKENS} tokens; the
 * rest gives no grams).
 */
final class LetterGramsFilter extends TokenFilter {

    /** Chars a typed initial may skip between two letters: the slop of the initials phrase. */
    static final int MAX_GAP = 2;
    static final int MAX_TOKENS = 256;
    static final String TYPE = "<LETTER_GRAM>";

    private record Letter(char letter, int position, int start, int end) {}

    private record Gram(String text, int position, int start, int end) {}

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final int length;
    private final ArrayDeque<Gram> grams = new ArrayDeque<>();
    private boolean read;
    private int lastPosition = -1;

    /** @param length letters a gram: 2 (pairs) or 3 (triples) */
    LetterGramsFilter(TokenStream input, int length) {
        super(input);
        if (length < 2 || length > 3) {
            throw new IllegalArgumentException("letter grams are pairs or triples, not " + length);
        }
        this.length = length;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!read) {
            readAll();
            read = true;
        }
        Gram gram = grams.poll();
        if (gram == null) {
            return false;
        }
        clearAttributes();
        termAtt.append(gram.text());
        offsetAtt.setOffset(gram.start(), gram.end());
        posIncAtt.setPositionIncrement(gram.position() - lastPosition);
        posLenAtt.setPositionLength(1);
        typeAtt.setType(TYPE);
        lastPosition = gram.position();
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
        // letters are in position order; each starts the grams of the letters after it within the span
        int first = 0;
        for (int i = 0; i < letters.size(); i = first) {
            int p = letters.get(i).position();
            // the same letters may make a gram more than once from one position (tj with 国 and 际…): one token
            Map<String, Gram> atPosition = new LinkedHashMap<>();
            for (first = i; first < letters.size() && letters.get(first).position() == p; first++) {
                Letter a = letters.get(first);
                extend(letters, first, "" + a.letter(), p, p + length - 1 + MAX_GAP, a.start(), a.end(), atPosition);
            }
            grams.addAll(atPosition.values());
        }
    }

    /** Adds to {@code text} (ending with the letter at index {@code from}) each later letter within {@code last}. */
    private void extend(List<Letter> letters, int from, String text, int position, int last, int start, int end,
                        Map<String, Gram> into) {
        if (text.length() == length) {
            into.putIfAbsent(text, new Gram(text, position, start, end));
            return;
        }
        int after = letters.get(from).position();
        for (int j = from + 1; j < letters.size() && letters.get(j).position() <= last; j++) {
            Letter next = letters.get(j);
            if (next.position() > after) {
                extend(letters, j, text + next.letter(), position, last, start, Math.max(end, next.end()), into);
            }
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        grams.clear();
        read = false;
        lastPosition = -1;
    }
}
