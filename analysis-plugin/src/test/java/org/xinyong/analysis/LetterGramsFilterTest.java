package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyong.analysis.Tokens.analyze;
import static org.xinyong.analysis.Tokens.describe;
import static org.xinyong.analysis.Tokens.terms;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

class LetterGramsFilterTest {

    private final UnaryOperator<TokenStream> pairs =
            in -> new LetterPairsFilterFactory().create(new LettersSplitFilterFactory().create(in));
    private final UnaryOperator<TokenStream> triples =
            in -> new LetterTriplesFilterFactory().create(new LettersSplitFilterFactory().create(in));

    @Test
    void triples_spanningAtMostTwoSkippedLetters_atTheFirstLettersPosition() {
        // n t g j f: from n, the letters up to position 0 + 2 + 2 = 4
        assertEquals(List.of("ntg", "ntj", "ntf", "ngj", "ngf", "njf", "tgj", "tgf", "tjf", "gjf"),
                terms(analyze(ChineseWordTokenizer::new, triples, "ntgjf")));
        assertEquals("ntg@0[0,3] ntj@0[0,4] ngj@0[0,4] tgj@1[1,4]", describe(analyze(ChineseWordTokenizer::new, triples, "ntgj")));
        // a letter five positions on is no part of a triple from the first
        assertFalse(terms(analyze(ChineseWordTokenizer::new, triples, "abcdef")).contains("abf"));
        assertEquals(List.of(), terms(analyze(ChineseWordTokenizer::new, triples, "nt")));
    }

    @Test
    void triples_coverEveryRunOfThreeTheSloppyPhraseCanMatch() {
        // what the query asks of 南通市国际家纺 (n t s g j j f) typed as 'ntgjjf' (市 skipped): each run of three
        List<String> indexed = terms(analyze(ChineseWordTokenizer::new, triples, "ntsgjjf"));
        for (String run : List.of("ntg", "tgj", "gjj", "jjf")) {
            assertTrue(indexed.contains(run), run + " in " + indexed);
        }
    }

    @Test
    void pairs_upToTwoLettersApart_atTheFirstLettersPosition() {
        assertEquals("nt@0[0,2] ng@0[0,3] nj@0[0,4] tg@1[1,3] tj@1[1,4] tf@1[1,5] gj@2[2,4] gf@2[2,5] jf@3[3,5]",
                describe(analyze(ChineseWordTokenizer::new, pairs, "ntgjf")));
    }

    @Test
    void pairs_sameTwoLettersFromOnePosition_once() {
        // t pairs with the j at 2 and the j at 3: one tj at position 1
        assertEquals("tj@0[0,2] jj@1[1,3]", describe(analyze(ChineseWordTokenizer::new, pairs, "tjj")));
    }

    @Test
    void pairs_acrossTokens_countPositions() {
        // 123 holds a position and gives no pair: n and y are three apart, still a pair
        assertEquals(List.of("nt", "ny", "ty"), terms(analyze(ChineseWordTokenizer::new, pairs, "nt 123 y")));
        assertEquals(List.of("nt", "ty"), terms(analyze(ChineseWordTokenizer::new, pairs, "nt 123 45 y")));
    }

    @Test
    void pairs_oneLetterOrNone_nothing() {
        assertEquals(List.of(), terms(analyze(ChineseWordTokenizer::new, pairs, "n")));
        assertEquals(List.of(), terms(analyze(ChineseWordTokenizer::new, pairs, "南通 123")));
    }
}
