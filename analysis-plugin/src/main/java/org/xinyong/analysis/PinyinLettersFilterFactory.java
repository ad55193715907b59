package org.xinyong.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.xinyong.analysis.pinyin.PinyinConverter;

/** {@code xinyong_pinyin_letters}: each Chinese char to its initial letter at its own position (南通 → n, t). */
@NamedComponent("xinyong_pinyin_letters")
public final class PinyinLettersFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new PinyinCharsFilter(input, PinyinConverter.standard(), true);
    }
}
