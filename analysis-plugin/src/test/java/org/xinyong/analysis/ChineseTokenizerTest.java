package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinyong.analysis.Tokens.analyze;
import static org.xinyong.analysis.Tokens.describe;
import static org.xinyong.analysis.Tokens.terms;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseTokenizerTest {

    private final ChineseTokenizerFactory factory = new ChineseTokenizerFactory();

    @Test
    void create_companyName_words() {
        assertEquals("南通@0[0,2] 国际@1[2,4] 家@2[4,5] 纺@3[5,6] 产业@4[6,8] 园@5[8,9] 有限公司@6[9,13]",
                describe(analyze(factory::create, "南通国际家纺产业园有限公司")));
    }

    @Test
    void create_latinWordsAndDigitRuns_ownTokens() {
        assertEquals("iphone@0[0,6] 15@1[6,8] 手机@2[8,10] abc@3[11,14] 123@4[14,17]",
                describe(analyze(factory::create, "iPhone15手机 abc123")));
    }

    @Test
    void create_punctuation_dropped_noPositionGaps() {
        assertEquals("南通@0[0,2] 集团@1[3,5] 有限公司@2[6,10] 测试@3[12,14] a@4[16,17] b@5[18,19]",
                describe(analyze(factory::create, "南通（集团）有限公司，【测试】 a.b")));
    }

    @Test
    void create_fullWidthLatinAndDigits_foldedBySmartcn() {
        assertEquals(List.of("abc", "123", "科技"), terms(analyze(factory::create, "ＡＢＣ１２３科技")));
    }

    @Test
    void create_empty_noTokens() {
        assertEquals(List.of(), analyze(factory::create, ""));
        assertEquals(List.of(), analyze(factory::create, "，。！"));
    }
}
