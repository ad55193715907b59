package org.xinyong.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code xinyong_letter_pairs}: single initials to the ordered pairs of them at most two chars apart (n t g j → nt ng nj tg tj gj). */
@NamedComponent("xinyong_letter_pairs")
public final class LetterPairsFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new LetterGramsFilter(input, 2);
    }
}
