package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinyong.analysis.Tokens.analyze;
import static org.xinyong.analysis.Tokens.describe;
import static org.xinyong.analysis.Tokens.terms;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

class PinyinCharsFilterTest {

    private final UnaryOperator<TokenStream> syllables = new PinyinSyllablesFilterFactory()::create;
    private final UnaryOperator<TokenStream> letters = new PinyinLettersFilterFactory()::create;

    @Test
    void syllables_eachCharAtItsOwnPosition() {
        assertEquals("nan@0[0,1] tong@1[1,2] guo@2[2,3] ji@3[3,4]",
                describe(analyze(ChineseWordTokenizer::new, syllables, "南通国际")));
    }

    @Test
    void syllables_companyName() {
        assertEquals(List.of("nan", "tong", "guo", "ji", "jia", "fang", "chan", "ye", "yuan", "you", "xian", "gong", "si"),
                terms(analyze(ChineseWordTokenizer::new, syllables, "南通国际家纺产业园有限公司")));
    }

    @Test
    void letters_companyName() {
        assertEquals("n@0[0,1] t@1[1,2] g@2[2,3] j@3[3,4] j@4[4,5] f@5[5,6] c@6[6,7] y@7[7,8] y@8[8,9] y@9[9,10]"
                        + " x@10[10,11] g@11[11,12] s@12[12,13]",
                describe(analyze(ChineseWordTokenizer::new, letters, "南通国际家纺产业园有限公司")));
    }

    @Test
    void syllables_nonChineseTokens_passThrough() {
        assertEquals("abc@0[0,3] 123@1[3,6] nan@2[7,8] tong@3[8,9]",
                describe(analyze(ChineseWordTokenizer::new, syllables, "abc123 南通")));
    }

    @Test
    void syllables_mixedToken_latinRunStaysOnePiece() {
        assertEquals("ab@0[0,2] nan@1[2,3] tong@2[3,4] 1@3[4,5]",
                describe(analyze(WholeInputTokenizer::new, syllables, "ab南通1")));
    }

    @Test
    void syllables_phraseAcrossTokens_readInContext() {
        // StandardTokenizer cuts 单县 into 单|县; on its own 单 reads dan
        assertEquals(List.of("shan", "xian"), terms(analyze(StandardTokenizer::new, syllables, "单县")));
        assertEquals(List.of("chong", "qing", "yin", "hang"), terms(analyze(StandardTokenizer::new, syllables, "重庆银行")));
    }

    @Test
    void syllables_runBreaksAtPunctuation() {
        // 重 alone defaults to zhong: the comma separates it from 庆
        assertEquals(List.of("zhong", "qing"), terms(analyze(StandardTokenizer::new, syllables, "重，庆")));
    }

    @Test
    void syllables_polyphonesInsideAName() {
        assertEquals(List.of("xia", "men", "da", "sha"), terms(analyze(ChineseWordTokenizer::new, syllables, "厦门大厦")));
    }
}
