package org.xinyong.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.xinyong.analysis.pinyin.PinyinConverter;

/** {@code xinyong_pinyin_initials}: each token to its pinyin initials, joined (南通国际家纺 → ntgjjf). */
@NamedComponent("xinyong_pinyin_initials")
public final class PinyinInitialsFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new PinyinJoinFilter(input, PinyinConverter.standard(), true, false);
    }

    /** Lets wildcard and prefix query terms typed in Chinese match the initials they were indexed as. */
    @Override
    public TokenStream normalize(TokenStream input) {
        return new PinyinJoinFilter(input, PinyinConverter.standard(), true, true);
    }
}
