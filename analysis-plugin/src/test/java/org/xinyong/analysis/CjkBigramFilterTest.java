package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinyong.analysis.Tokens.analyze;
import static org.xinyong.analysis.Tokens.describe;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

class CjkBigramFilterTest {

    private final UnaryOperator<TokenStream> bigrams = new CjkBigramFilterFactory()::create;

    @Test
    void create_companyName_wordsAndBigramsAcrossWords() {
        // 家纺 comes back as a bigram stacked on 家; 南通, 国际 and 产业 are not repeated
        assertEquals("南通@0[0,2] 通国@0[1,3] 国际@1[2,4] 际家@1[3,5] 家@2[4,5] 家纺@2[4,6] 纺@3[5,6] 纺产@3[5,7]"
                        + " 产业@4[6,8] 业园@4[7,9] 园@5[8,9] 园有@5[8,10]"
                        + " 有限公司@6[9,13] 有限@6[9,11] 限公@6[10,12] 公司@6[11,13]",
                describe(analyze(ChineseWordTokenizer::new, bigrams, "南通国际家纺产业园有限公司")));
    }

    @Test
    void create_bigramTypeIsMarked() {
        var tokens = analyze(ChineseWordTokenizer::new, bigrams, "家纺");
        assertEquals("word <BIGRAM>", tokens.get(0).type() + " " + tokens.get(1).type());
    }

    @Test
    void create_twoCharWord_notRepeated() {
        assertEquals("南通@0[0,2]", describe(analyze(ChineseWordTokenizer::new, bigrams, "南通")));
    }

    @Test
    void create_runBreaksAtPunctuationAndLatin() {
        assertEquals("南通@0[0,2] 集团@1[3,5] abc@2[6,9] 家@3[9,10] 家纺@3[9,11] 纺@4[10,11]",
                describe(analyze(ChineseWordTokenizer::new, bigrams, "南通（集团）abc家纺")));
    }

    @Test
    void create_singleCharTokens_bigramOnEachStart() {
        // StandardTokenizer cuts Chinese into single chars: the classic CJK bigram layout
        assertEquals("南@0[0,1] 南通@0[0,2] 通@1[1,2] 通国@1[1,3] 国@2[2,3]",
                describe(analyze(StandardTokenizer::new, bigrams, "南通国")));
    }

    @Test
    void create_repeatedBigramAtOnePosition_emittedOnce() {
        assertEquals("哈哈哈哈@0[0,4] 哈哈@0[0,2]", describe(analyze(WholeInputTokenizer::new, bigrams, "哈哈哈哈")));
    }

    @Test
    void create_tokenLengthChangedEarlier_bigramsTakeTheWordsOffsets() {
        // normalising removed the space, so chars no longer map one to one onto the text
        UnaryOperator<TokenStream> chain = in -> bigrams.apply(new NormalizeFilter(in, false));
        assertEquals("南通家纺@0[0,5] 南通@0[0,5] 通家@0[0,5] 家纺@0[0,5]",
                describe(analyze(WholeInputTokenizer::new, chain, "南通　家纺")));
    }
}
