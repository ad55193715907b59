package org.xinyong.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code xinyong_han_bigrams}: the search side of {@code xinyong_cjk_bigram}, a run of Chinese chars as its bigrams alone. */
@NamedComponent("xinyong_han_bigrams")
public final class HanBigramsFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new HanBigramsFilter(input);
    }
}
