package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinyong.analysis.Tokens.analyze;
import static org.xinyong.analysis.Tokens.describe;
import static org.xinyong.analysis.Tokens.filter;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.junit.jupiter.api.Test;

class NormalizeFilterTest {

    private final NormalizeFilterFactory factory = new NormalizeFilterFactory();

    @Test
    void create_fullWidth_becomesHalfWidthLowerCase() {
        assertEquals("abc123@0[0,6]", describe(filter(factory::create, "ＡＢＣ１２３")));
    }

    @Test
    void create_keywordName_bracketsAndSpacesUnified() {
        assertEquals("南通(集团)有限公司@0[0,12]", describe(filter(factory::create, "南通 【集团】 有限公司")));
    }

    @Test
    void create_whitespaceOnlyToken_droppedKeepingItsPosition() {
        // a no-break space is not whitespace to WhitespaceTokenizer, but is to us
        assertEquals("a@0[0,1] b@2[4,5]", describe(analyze(WhitespaceTokenizer::new, factory::create, "a \u00A0 b")));
    }

    @Test
    void normalize_asInANormalizer_foldsTheWholeTerm() {
        // what Elasticsearch does with a custom normalizer, and with wildcard/prefix terms
        try (Analyzer analyzer = new NormalizingAnalyzer(factory)) {
            assertEquals("abc123(x)", analyzer.normalize("f", "ＡＢＣ　１２３【X】").utf8ToString());
            assertEquals("", analyzer.normalize("f", "   ").utf8ToString());
        }
    }

    @Test
    void create_emptyInput_noTokens() {
        assertEquals(List.of(), filter(factory::create, ""));
    }

    /** A keyword analyzer whose normalize() chain is our filter's normalize(). */
    static final class NormalizingAnalyzer extends Analyzer {
        private final NormalizeFilterFactory factory;

        NormalizingAnalyzer(NormalizeFilterFactory factory) {
            this.factory = factory;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new WholeInputTokenizer();
            return new TokenStreamComponents(tokenizer, factory.create(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return factory.normalize(in);
        }
    }
}
