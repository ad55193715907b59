package org.xinyong.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code xinyong_cjk_bigram}: keeps the words and stacks overlapping bigrams of adjacent Chinese chars on them. */
@NamedComponent("xinyong_cjk_bigram")
public final class CjkBigramFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new CjkBigramFilter(input);
    }
}
