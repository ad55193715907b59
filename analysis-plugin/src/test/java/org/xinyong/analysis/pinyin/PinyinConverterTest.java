package org.xinyong.analysis.pinyin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinConverterTest {

    private final PinyinConverter converter = PinyinConverter.standard();

    @Test
    void toPinyin_companyName() {
        assertEquals("nantongguojijiafangchanyeyuanyouxiangongsi", converter.toPinyin("南通国际家纺产业园有限公司"));
    }

    @Test
    void toInitials_companyName() {
        assertEquals("ntgjjfcyyyxgs", converter.toInitials("南通国际家纺产业园有限公司"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "银行, yinhang", "重庆, chongqing", "长沙, changsha", "长春, changchun", "长江, changjiang",
        "行业, hangye", "商行, shanghang", "车行, chehang", "执行, zhixing", "发行, faxing", "旅行, lvxing",
        "行政, xingzheng", "厦门, xiamen", "大厦, dasha", "蚌埠, bengbu", "六安, luan", "乐清, yueqing",
        "音乐, yinyue", "快乐, kuaile", "会计, kuaiji", "重工, zhonggong", "重型, zhongxing", "成都, chengdu",
        "首都, shoudu", "朝阳, chaoyang", "单县, shanxian", "曾, zeng", "家纺, jiafang", "绿地, lvdi",
        "女装, nvzhuang", "董事长, dongshizhang",
    })
    void toPinyin_polyphonesReadAsInNames(String text, String pinyin) {
        assertEquals(pinyin, converter.toPinyin(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "重庆银行股份有限公司, chongqingyinhanggufenyouxiangongsi",
        "银行行长, yinhanghangzhang",
        // scanning backward keeps 市长 (mayor) from taking the 长 of 长沙
        "乐清市长沙县, yueqingshichangshaxian",
        "厦门大厦, xiamendasha",
        "北京市朝阳区, beijingshichaoyangqu",
        "重庆重工机械有限公司, chongqingzhonggongjixieyouxiangongsi",
        // 行政 is listed, and 中行 (Bank of China) removed, so 中 and 行 do not pair up
        "集中行政, jizhongxingzheng",
        "曾氏会计师事务所, zengshikuaijishishiwusuo",
    })
    void toPinyin_phrasesInContext(String text, String pinyin) {
        assertEquals(pinyin, converter.toPinyin(text));
    }

    @Test
    void toPinyin_keepsLatinAndDigitsHalfWidth_dropsPunctuation() {
        assertEquals("abc123kejinantongjituan", converter.toPinyin("ＡＢＣ１２３科技（南通）【集团】"));
    }

    @Test
    void toInitials_keepsLatinAndDigits() {
        assertEquals("3mzgyxgs", converter.toInitials("3M中国有限公司"));
    }

    @Test
    void readings_alignWithChars_nullForNonChinese() {
        assertArrayEquals(new String[] {null, "nan", "tong", null}, converter.readings("a南通1"));
    }

    @Test
    void toPinyin_supplementaryCharWithoutReading_keptAsIs() {
        assertEquals("\uD842\uDFB7yejia", converter.toPinyin("\uD842\uDFB7野家"));
    }

    @Test
    void reading_singleCharDefaults() {
        assertEquals("chang", converter.reading('长'));
        assertEquals("xia", converter.reading('厦'));
        assertEquals("lv", converter.reading('吕'));
        assertNull(converter.reading('a'));
    }

    @Test
    void syllables_excludeInterjections() {
        Set<String> syllables = converter.syllables();
        assertTrue(syllables.containsAll(Set.of("nan", "tong", "zhuang", "lv", "nve")));
        for (String interjection : Set.of("m", "n", "ng", "hng", "r")) {
            assertTrue(!syllables.contains(interjection), interjection);
        }
    }

    @Test
    void syllables_containEveryDefaultReading_exceptInterjectionsAndTypos() {
        // the segmenter splits over syllables(): whatever the index holds, a user can type it
        // (except 嗯 ng and the like, and a few rare chars whose only reading is a typo: 鴁 yiao)
        for (char c = '\u4E00'; c <= '\u9FA5'; c++) {
            String reading = converter.reading(c);
            if (reading != null && !ReadingTables.NOT_SYLLABLES.contains(reading)) {
                assertTrue(converter.syllables().contains(reading), c + " reads " + reading);
            }
        }
    }
}
