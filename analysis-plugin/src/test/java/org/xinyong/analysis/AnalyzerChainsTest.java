package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyong.analysis.Tokens.analyze;
import static org.xinyong.analysis.Tokens.terms;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/** The analyzers of core's analysis.json, built from the factories the way Elasticsearch chains them. */
class AnalyzerChainsTest {

    private static final String NAME = "南通国际家纺产业园有限公司";

    private static final Supplier<Tokenizer> CHINESE = new ChineseTokenizerFactory()::create;
    private static final Supplier<Tokenizer> KEYWORD = new KeywordTokenizerFactory()::create;

    private static UnaryOperator<TokenStream> chain(TokenFilterFactory... filters) {
        return in -> {
            TokenStream out = in;
            for (TokenFilterFactory filter : filters) {
                out = filter.create(out);
            }
            return out;
        };
    }

    private static final UnaryOperator<TokenStream> TEXT = chain(new NormalizeFilterFactory(), new CjkBigramFilterFactory());
    private static final UnaryOperator<TokenStream> EXACT = chain(new NormalizeFilterFactory());
    private static final UnaryOperator<TokenStream> PINYIN =
            chain(new NormalizeFilterFactory(), new PinyinSyllablesFilterFactory(), new PinyinSplitFilterFactory());
    private static final UnaryOperator<TokenStream> PINYIN_FULL = chain(new NormalizeFilterFactory(), new PinyinFilterFactory());
    private static final UnaryOperator<TokenStream> INITIALS =
            chain(new NormalizeFilterFactory(), new PinyinLettersFilterFactory(), new LettersSplitFilterFactory());
    private static final UnaryOperator<TokenStream> INITIALS_PAIRS = chain(new NormalizeFilterFactory(),
            new PinyinLettersFilterFactory(), new LettersSplitFilterFactory(), new LetterPairsFilterFactory());
    private static final UnaryOperator<TokenStream> INITIALS_FULL =
            chain(new NormalizeFilterFactory(), new PinyinInitialsFilterFactory());

    @Test
    void xyText_companyName() {
        assertEquals(List.of("南通", "通国", "国际", "际家", "家", "家纺", "纺", "纺产", "产业", "业园", "园", "园有",
                "有限公司", "有限", "限公", "公司"), terms(analyze(CHINESE, TEXT, NAME)));
    }

    @Test
    void xyText_queryForASplitWord_matchesTheStackedBigram() {
        assertEquals(List.of("家", "家纺", "纺"), terms(analyze(CHINESE, TEXT, "家纺")));
    }

    @Test
    void xyExact_fullWidthAndBrackets() {
        assertEquals(List.of("南通(集团)abc123"), terms(analyze(KEYWORD, EXACT, "南通【集团】ＡＢＣ １２３")));
    }

    @Test
    void xyPinyin_indexAndQuery_lineUp() {
        assertEquals(List.of("nan", "tong", "guo", "ji", "jia", "fang", "chan", "ye", "yuan", "you", "xian", "gong", "si"),
                terms(analyze(CHINESE, PINYIN, NAME)));
        assertEquals(List.of("nan", "tong", "jia", "fang"), terms(analyze(CHINESE, PINYIN, "nantongjiafang")));
        assertEquals(List.of("nan", "tong", "jia", "fang"), terms(analyze(CHINESE, PINYIN, "Nantong Jiafang")));
    }

    @Test
    void xyPinyinFull_companyName() {
        assertEquals(List.of("nantongguojijiafangchanyeyuanyouxiangongsi"), terms(analyze(KEYWORD, PINYIN_FULL, NAME)));
    }

    @Test
    void xyInitials_indexAndQuery_lineUp() {
        assertEquals(List.of("n", "t", "g", "j", "j", "f", "c", "y", "y", "y", "x", "g", "s"),
                terms(analyze(CHINESE, INITIALS, NAME)));
        assertEquals(List.of("n", "t", "j", "f"), terms(analyze(CHINESE, INITIALS, "NTJF")));
    }

    @Test
    void xyInitialsPairs_everyPairTheInitialsPhraseCanMatch() {
        List<String> pairs = terms(analyze(CHINESE, INITIALS_PAIRS, NAME));
        // 'ntjf' skips 国际: its pairs nt, tj, jf are all there
        assertTrue(pairs.containsAll(List.of("nt", "tj", "jf")), pairs.toString());
        // two chars skipped is the phrase's slop; five is beyond it
        assertTrue(pairs.contains("nj"), pairs.toString());
        assertFalse(pairs.contains("nf"), pairs.toString());
    }

    @Test
    void xyInitialsFull_companyName() {
        assertEquals(List.of("ntgjjfcyyyxgs"), terms(analyze(KEYWORD, INITIALS_FULL, NAME)));
    }

    @Test
    void allAnalyzers_mixedLatinAndDigits() {
        String name = "ＡＢＣ１２３科技有限公司";
        assertEquals(List.of("abc", "123", "科技", "技有", "有限公司", "有限", "限公", "公司"), terms(analyze(CHINESE, TEXT, name)));
        assertEquals(List.of("abc123科技有限公司"), terms(analyze(KEYWORD, EXACT, name)));
        assertEquals(List.of("abc", "123", "ke", "ji", "you", "xian", "gong", "si"), terms(analyze(CHINESE, PINYIN, name)));
        assertEquals(List.of("abc123kejiyouxiangongsi"), terms(analyze(KEYWORD, PINYIN_FULL, name)));
        assertEquals(List.of("a", "b", "c", "123", "k", "j", "y", "x", "g", "s"), terms(analyze(CHINESE, INITIALS, name)));
        assertEquals(List.of("abc123kjyxgs"), terms(analyze(KEYWORD, INITIALS_FULL, name)));
    }
}
