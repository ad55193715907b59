package org.xinyong.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code xinyong_letter_triples}: single initials to the ordered triples of them spanning at most two skipped chars (n t g j → ntg ntj ngj tgj). */
@NamedComponent("xinyong_letter_triples")
public final class LetterTriplesFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new LetterGramsFilter(input, 3);
    }
}
