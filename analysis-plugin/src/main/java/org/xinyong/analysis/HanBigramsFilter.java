package org.xinyong.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;

/**
 * The search side of {@link CjkBigramFilter}: each run of adjacent Chinese chars becomes the
 * chain of its overlapping bigrams, one position each, and nothing else; a lone Chinese char stays
 * itself, and any other token passes unchanged.
 *
 * <p>Why: the index side stacks every bigram of a run on the words it spans, so any text that
 * holds the typed chars one after another holds all their bigrams. Searching the words with the
 * bigrams stacked on them instead asked for (违反 or 反消) and (消防 or 防安) and …: a word as common
 * as 违反 or 规定 (in nearly every penalty's legal basis) was walked in full, and texts that merely
 * had the words somewhere matched. The bigrams are rarer, and together they ask for the text
 * itself.
 *
 * <p>A run's extent is known only at its end, so the whole stream is read first: a search
 * analyzer's, for typed texts the API bounds.
 */
final class HanBigramsFilter extends WholeStreamFilter {

    static final String TYPE = CjkBigramFilter.TYPE;

    /** One char of a run and where it is in the text. */
    private record RunChar(int codePoint, int start, int end) {}

    /** The position of the last token queued. */
    private int position = -1;

    HanBigramsFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected void readAll() throws IOException {
        List<RunChar> run = new ArrayList<>();
        int runIncrement = 0;
        int previousEnd = -1;
        while (input.incrementToken()) {
            String text = termAtt.toString();
            int start = offsetAtt.startOffset();
            int end = offsetAtt.endOffset();
            int increment = posIncAtt.getPositionIncrement();
            if (allHan(text)) {
                boolean continues = !run.isEmpty() && increment == 1 && start == previousEnd;
                if (!continues) {
                    flush(run, runIncrement);
                    runIncrement = increment;
                }
                addChars(run, text, start, end);
            } else {
                flush(run, runIncrement);
                position += increment;
                queue(new Queued(text, position, start, end, typeAtt.type()));
            }
            previousEnd = end;
        }
        flush(run, runIncrement);
    }

    /** A run's bigrams, the first at the run's own position increment; a one-char run as itself. */
    private void flush(List<RunChar> run, int increment) {
        if (run.isEmpty()) {
            return;
        }
        position += increment;
        if (run.size() == 1) {
            RunChar only = run.get(0);
            queue(new Queued(Character.toString(only.codePoint()), position, only.start(), only.end(), "word"));
        }
        for (int i = 0; i + 1 < run.size(); i++) {
            RunChar first = run.get(i);
            RunChar second = run.get(i + 1);
            String bigram = new StringBuilder(4).appendCodePoint(first.codePoint()).appendCodePoint(second.codePoint()).toString();
            position += i == 0 ? 0 : 1;
            queue(new Queued(bigram, position, first.start(), second.end(), TYPE));
        }
        run.clear();
    }

    /**
     * A token's chars with their offsets; when an earlier filter changed the token's length (the
     * chars no longer map one to one onto the text), each char takes the whole token's offsets.
     */
    private static void addChars(List<RunChar> run, String text, int start, int end) {
        boolean exact = end - start == text.length();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            run.add(exact ? new RunChar(cp, start + i, start + next) : new RunChar(cp, start, end));
            i = next;
        }
    }

    private static boolean allHan(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(Han::isHan);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        position = -1;
    }
}
