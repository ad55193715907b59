package org.xinyong.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.xinyong.analysis.pinyin.PinyinSegmenter;

/** {@code xinyong_pinyin_split}: run-together pinyin to syllables (nantongjiafang → nan, tong, jia, fang); anything else unchanged. */
@NamedComponent("xinyong_pinyin_split")
public final class PinyinSplitFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new PinyinSplitFilter(input, PinyinSegmenter.standard());
    }
}
