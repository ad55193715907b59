package org.xinyong.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code xinyong_letters_split}: a Latin token to single letters (ntjf → n, t, j, f); anything else unchanged. */
@NamedComponent("xinyong_letters_split")
public final class LettersSplitFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new LetterSplitFilter(input);
    }
}
