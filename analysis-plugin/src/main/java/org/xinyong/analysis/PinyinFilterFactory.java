package org.xinyong.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.xinyong.analysis.pinyin.PinyinConverter;

/** {@code xinyong_pinyin}: each token to its full pinyin, joined (南通国际家纺 → nantongguojijiafang). */
@NamedComponent("xinyong_pinyin")
public final class PinyinFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new PinyinJoinFilter(input, PinyinConverter.standard(), false, false);
    }

    /** Lets wildcard and prefix query terms typed in Chinese match the pinyin they were indexed as. */
    @Override
    public TokenStream normalize(TokenStream input) {
        return new PinyinJoinFilter(input, PinyinConverter.standard(), false, true);
    }
}
