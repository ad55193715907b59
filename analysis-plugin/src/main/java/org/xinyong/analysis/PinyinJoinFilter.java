package org.xinyong.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.xinyong.analysis.pinyin.PinyinConverter;

/**
 * Replaces each token by its pinyin, joined: 南通国际家纺 → nantongguojijiafang (or ntgjjf for
 * initials). Latin and digits stay, lower-cased; punctuation goes, so a user typing the name
 * without brackets still finds it. In analysis a token left empty is dropped, keeping its
 * position; when normalising query terms ({@code keepEmpty}) it stays, as Lucene expects one token.
 */
final class PinyinJoinFilter extends TokenFilter {

    static final String FULL_TYPE = "pinyin";
    static final String INITIALS_TYPE = "pinyin_initials";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final PinyinConverter converter;
    private final boolean initials;
    private final boolean keepEmpty;

    PinyinJoinFilter(TokenStream input, PinyinConverter converter, boolean initials, boolean keepEmpty) {
        super(input);
        this.converter = converter;
        this.initials = initials;
        this.keepEmpty = keepEmpty;
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skippedPositions = 0;
        while (input.incrementToken()) {
            String converted = initials ? converter.toInitials(termAtt) : converter.toPinyin(termAtt);
            if (converted.isEmpty() && !keepEmpty) {
                skippedPositions += posIncAtt.getPositionIncrement();
                continue;
            }
            if (!converted.contentEquals(termAtt)) {
                termAtt.setEmpty().append(converted);
                typeAtt.setType(initials ? INITIALS_TYPE : FULL_TYPE);
            }
            posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
            return true;
        }
        return false;
    }
}
