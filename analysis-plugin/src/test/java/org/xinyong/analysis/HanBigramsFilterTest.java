package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinyong.analysis.Tokens.analyze;
import static org.xinyong.analysis.Tokens.describe;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

class HanBigramsFilterTest {

    private final UnaryOperator<TokenStream> bigrams = new HanBigramsFilterFactory()::create;

    @Test
    void create_runOfWords_becomesItsBigramChain() {
        // smartcn: 违反|消防|安全|管理|规定; the bigrams across the words are what make it the text
        assertEquals("违反@0[0,2] 反消@1[1,3] 消防@2[2,4] 防安@3[3,5] 安全@4[4,6] 全管@5[5,7] 管理@6[6,8] 理规@7[7,9] 规定@8[8,10]",
                describe(analyze(ChineseWordTokenizer::new, bigrams, "违反消防安全管理规定")));
    }

    @Test
    void create_splitWord_isOneBigram() {
        // smartcn cuts 家纺 into 家|纺
        assertEquals("家纺@0[0,2]", describe(analyze(ChineseWordTokenizer::new, bigrams, "家纺")));
    }

    @Test
    void create_loneChar_staysItself_otherTokensPass() {
        assertEquals("南通@0[0,2] 集团@1[3,5] abc@2[6,9] 海@3[9,10] 123@4[10,13]",
                describe(analyze(ChineseWordTokenizer::new, bigrams, "南通（集团）abc海123")));
    }

    @Test
    void create_spaceBreaksTheRun() {
        assertEquals("食品@0[0,2] 安全@1[3,5]", describe(analyze(ChineseWordTokenizer::new, bigrams, "食品 安全")));
    }

    @Test
    void create_tokenLengthChangedEarlier_charsTakeTheTokensOffsets() {
        UnaryOperator<TokenStream> chain = in -> bigrams.apply(new NormalizeFilter(in, false));
        assertEquals("南通@0[0,5] 通家@1[0,5] 家纺@2[0,5]",
                describe(analyze(WholeInputTokenizer::new, chain, "南通　家纺")));
    }

    @Test
    void create_nothing_givesNothing() {
        assertEquals("", describe(analyze(ChineseWordTokenizer::new, bigrams, "")));
    }
}
