package org.xinyong.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/** {@code xinyong_chinese}: Chinese words (smartcn), Latin words and digit runs; no punctuation. */
@NamedComponent("xinyong_chinese")
public final class ChineseTokenizerFactory implements TokenizerFactory {

    @Override
    public Tokenizer create() {
        return new ChineseWordTokenizer();
    }
}
