package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinyong.analysis.Tokens.describe;
import static org.xinyong.analysis.Tokens.filter;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.junit.jupiter.api.Test;

class PinyinJoinFilterTest {

    private final PinyinFilterFactory full = new PinyinFilterFactory();
    private final PinyinInitialsFilterFactory initials = new PinyinInitialsFilterFactory();

    @Test
    void create_full_companyName() {
        assertEquals("nantongguojijiafangchanyeyuanyouxiangongsi@0[0,13]",
                describe(filter(full::create, "南通国际家纺产业园有限公司")));
    }

    @Test
    void create_initials_companyName() {
        assertEquals("ntgjjfcyyyxgs@0[0,13]", describe(filter(initials::create, "南通国际家纺产业园有限公司")));
    }

    @Test
    void create_mixedLatinDigits_keptLowerCase() {
        assertEquals(List.of("abc123keji"), Tokens.terms(filter(full::create, "ＡＢＣ１２３科技")));
        assertEquals(List.of("3mzg"), Tokens.terms(filter(initials::create, "3M中国")));
    }

    @Test
    void create_typeMarked_onlyWhenChanged() {
        assertEquals("pinyin", filter(full::create, "南通").get(0).type());
        assertEquals("word", filter(full::create, "abc").get(0).type());
    }

    @Test
    void create_punctuationOnly_dropped() {
        UnaryOperator<TokenStream> chain = full::create;
        assertEquals(List.of(), filter(chain, "（）"));
    }

    @Test
    void normalize_keepsTheSingleTerm() {
        try (Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new WholeInputTokenizer();
                return new TokenStreamComponents(tokenizer, full.create(tokenizer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return full.normalize(in);
            }
        }) {
            assertEquals("nantong", analyzer.normalize("f", "南通").utf8ToString());
            assertEquals("", analyzer.normalize("f", "（").utf8ToString());
        }
    }
}
