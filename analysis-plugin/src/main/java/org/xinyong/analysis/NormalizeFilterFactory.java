package org.xinyong.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code xinyong_normalize}: full-width to half-width (NFKC), lower case, no whitespace, one
 * bracket style (see {@link TextNormalizer}).
 */
@NamedComponent("xinyong_normalize")
public final class NormalizeFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new NormalizeFilter(input, false);
    }

    /**
     * Char-level, so also right for query terms (query_string wildcards, match_*_prefix). Elasticsearch
     * 8.19 still refuses stable-plugin filters in custom normalizers; see the README.
     */
    @Override
    public TokenStream normalize(TokenStream input) {
        return new NormalizeFilter(input, true);
    }
}
