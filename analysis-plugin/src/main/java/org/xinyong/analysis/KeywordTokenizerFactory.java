package org.xinyong.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/** {@code xinyong_keyword}: the whole input as one token, up to 1024 chars. */
@NamedComponent("xinyong_keyword")
public final class KeywordTokenizerFactory implements TokenizerFactory {

    @Override
    public Tokenizer create() {
        return new WholeInputTokenizer();
    }
}
