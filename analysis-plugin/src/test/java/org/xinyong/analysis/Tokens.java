package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Runs a tokenizer and filters and collects what came out, checking on the way what Lucene's
 * indexer requires (positions never go back, start offsets never go back, end ≥ start) and that
 * the chain gives the same tokens when reused after reset(), as Elasticsearch reuses it.
 */
final class Tokens {

    /** One token: its term, absolute position (from 0), offsets and type. */
    record Tok(String term, int position, int start, int end, String type) {
        @Override
        public String toString() {
            return term + "@" + position + "[" + start + "," + end + "]";
        }
    }

    private Tokens() {}

    static List<Tok> analyze(Supplier<Tokenizer> tokenizer, UnaryOperator<TokenStream> filters, String text) {
        Tokenizer source = tokenizer.get();
        TokenStream stream = filters.apply(source);
        List<Tok> first = run(source, stream, text);
        List<Tok> again = run(source, stream, text);
        assertEquals(first, again, "the reused stream must give the same tokens");
        return first;
    }

    static List<Tok> analyze(Supplier<Tokenizer> tokenizer, String text) {
        return analyze(tokenizer, UnaryOperator.identity(), text);
    }

    /** A chain on a whitespace-free single token: handy for testing one filter. */
    static List<Tok> filter(UnaryOperator<TokenStream> filters, String text) {
        return analyze(WholeInputTokenizer::new, filters, text);
    }

    static List<String> terms(List<Tok> tokens) {
        return tokens.stream().map(Tok::term).toList();
    }

    /** "term@pos[start,end] …": compact enough to assert a whole stream in one line. */
    static String describe(List<Tok> tokens) {
        return tokens.stream().map(Tok::toString).collect(Collectors.joining(" "));
    }

    private static List<Tok> run(Tokenizer source, TokenStream stream, String text) {
        try {
            source.setReader(new StringReader(text));
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            List<Tok> out = new ArrayList<>();
            stream.reset();
            int position = -1;
            int lastStart = 0;
            while (stream.incrementToken()) {
                int increment = posInc.getPositionIncrement();
                assertTrue(increment >= (out.isEmpty() ? 1 : 0), "bad position increment " + increment + " after " + out);
                position += increment;
                assertTrue(offset.startOffset() >= lastStart, "start offset went back at " + term + " after " + out);
                assertTrue(offset.endOffset() >= offset.startOffset(), "end before start at " + term);
                assertTrue(offset.endOffset() <= text.length(), "end offset past the text at " + term);
                lastStart = offset.startOffset();
                out.add(new Tok(term.toString(), position, offset.startOffset(), offset.endOffset(), type.type()));
            }
            stream.end();
            assertEquals(text.length(), offset.endOffset(), "final offset after end()");
            stream.close();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
