package org.xinyong.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a subject's name shares with the text typed, marked as Elasticsearch's html encoder marks. */
class NameMarksTest {
    @Test
    void anExactName_isMarkedWhole() {
        // Elasticsearch's unified highlighter had 南<em>通鑫帆钢结构有</em><em>限公司</em>
        assertEquals("<em>南通鑫帆钢结构有限公司</em>", NameMarks.mark("南通鑫帆钢结构有限公司", "南通鑫帆钢结构有限公司"));
        assertEquals("南通鑫帆钢结构<em>有限公司</em>", NameMarks.mark("南通鑫帆钢结构有限公司", "有限公司"));
    }

    @Test
    void partOfAName_isMarkedWhereItIs_notWhatLiesBetween() {
        assertEquals("南通金海<em>家纺</em>有限公司", NameMarks.mark("南通金海家纺有限公司", "家纺"));
        // the plain highlighter marked 国际 too
        assertEquals("南通<em>金海</em>国际<em>家纺</em>有限公司", NameMarks.mark("南通金海国际家纺有限公司", "金海家纺"));
        // a typo: what is right is marked
        assertEquals("<em>南通华</em>濠<em>信息</em>科技有限公司", NameMarks.mark("南通华濠信息科技有限公司", "南通华豪信息"));
    }

    @Test
    void severalWords_eachMarked_singleCharsOnlyWhenTypedAlone() {
        assertEquals("<em>海安</em>市明星<em>食品</em>有限公司", NameMarks.mark("海安市明星食品有限公司", "海安 食品 罚款"));
        assertNull(NameMarks.mark("海安市明星食品有限公司", "海门"), "one shared char of a longer word marks nothing");
        assertEquals("南通<em>鑫</em>帆有限公司", NameMarks.mark("南通鑫帆有限公司", "鑫"));
    }

    @Test
    void rareCharacters_areMarkedWholeOrNotAtAll() {
        // 𬍛 (U+2C35B) and 𬌗 (U+2C317) are two chars each in Java, the first the same: no mark may end between
        assertNull(NameMarks.mark("王𬍛", "王𬌗"), "one character shared, of a longer word");
        assertEquals("<em>王𬍛</em>", NameMarks.mark("王𬍛", "王𬍛"));
        assertEquals("<em>𬍛</em>明", NameMarks.mark("𬍛明", "𬍛"), "one rare character typed alone");
        assertNull(NameMarks.mark("𬍛明", "𬌗"));
    }

    @Test
    void caseAndFullWidth_areIgnored_theNameKeepsItsOwn() {
        assertEquals("<em>ＡＢＣ</em>科技有限公司", NameMarks.mark("ＡＢＣ科技有限公司", "abc"));
        assertEquals("南通<em>Abc</em>科技", NameMarks.mark("南通Abc科技", "ABC"));
    }

    @Test
    void theName_isEscaped_markedOrNot() {
        assertEquals("&lt;script&gt;<em>南通</em>&amp;&quot;&#x27;&#x2F;", NameMarks.mark("<script>南通&\"'/", "南通"));
        assertEquals("<em>&lt;b&gt;</em>", NameMarks.mark("<b>", "<b>"));
    }

    @Test
    void nothingShared_isNoMark() {
        assertNull(NameMarks.mark("南通金海家纺有限公司", "nantong"), "pinyin shares no chars with the name");
        assertNull(NameMarks.mark("南通金海家纺有限公司", "  "));
        assertNull(NameMarks.mark(null, "家纺"));
        assertNull(NameMarks.mark("张三", "3206**********1234"));
    }
}
