package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinyong.analysis.Tokens.analyze;
import static org.xinyong.analysis.Tokens.describe;
import static org.xinyong.analysis.Tokens.terms;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

class SplitFiltersTest {

    private final UnaryOperator<TokenStream> pinyinSplit = new PinyinSplitFilterFactory()::create;
    private final UnaryOperator<TokenStream> lettersSplit = new LettersSplitFilterFactory()::create;

    @Test
    void pinyinSplit_separateWords() {
        assertEquals("nan@0[0,3] tong@1[3,7] jia@2[8,11] fang@3[11,15]",
                describe(analyze(ChineseWordTokenizer::new, pinyinSplit, "nantong jiafang")));
    }

    @Test
    void pinyinSplit_runTogether() {
        assertEquals("nan@0[0,3] tong@1[3,7] jia@2[7,10] fang@3[10,14]",
                describe(analyze(ChineseWordTokenizer::new, pinyinSplit, "nantongjiafang")));
    }

    @Test
    void pinyinSplit_singleSyllable_unchanged() {
        assertEquals("xian@0[0,4]", describe(analyze(ChineseWordTokenizer::new, pinyinSplit, "xian")));
    }

    @Test
    void pinyinSplit_notPinyin_unchanged() {
        assertEquals(List.of("ntjf", "abc", "123", "南通"),
                terms(analyze(ChineseWordTokenizer::new, pinyinSplit, "ntjf abc123 南通")));
    }

    @Test
    void pinyinSplit_upperCase_splitIntoLowerCase() {
        assertEquals(List.of("nan", "tong"), terms(analyze(WholeInputTokenizer::new, pinyinSplit, "NanTong")));
    }

    @Test
    void pinyinSplit_afterSyllables_idempotent() {
        UnaryOperator<TokenStream> chain = in -> pinyinSplit.apply(new PinyinSyllablesFilterFactory().create(in));
        assertEquals("nan@0[0,1] tong@1[1,2] xi@2[2,3] an@3[3,4]",
                describe(analyze(ChineseWordTokenizer::new, chain, "南通西安")));
    }

    @Test
    void lettersSplit_initials() {
        assertEquals("n@0[0,1] t@1[1,2] j@2[2,3] f@3[3,4]", describe(analyze(ChineseWordTokenizer::new, lettersSplit, "ntjf")));
    }

    @Test
    void lettersSplit_digitsChineseAndSingleLetters_unchanged() {
        assertEquals(List.of("123", "南通", "a"), terms(analyze(ChineseWordTokenizer::new, lettersSplit, "123南通 a")));
    }
}
