package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinyong.analysis.Tokens.analyze;
import static org.xinyong.analysis.Tokens.describe;
import static org.xinyong.analysis.Tokens.terms;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

class LetterPairsFilterTest {

    private final UnaryOperator<TokenStream> pairs =
            in -> new LetterPairsFilterFactory().create(new LettersSplitFilterFactory().create(in));

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
