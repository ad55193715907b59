package org.xinyong.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.xinyong.analysis.pinyin.PinyinConverter;

/** {@code xinyong_pinyin_syllables}: each Chinese char to its syllable at its own position (南通 → nan, tong). */
@NamedComponent("xinyong_pinyin_syllables")
public final class PinyinSyllablesFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new PinyinCharsFilter(input, PinyinConverter.standard(), false);
    }
}
