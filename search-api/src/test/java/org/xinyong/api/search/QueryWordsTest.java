package org.xinyong.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xinyong.core.privacy.IdHasher;

class QueryWordsTest {
    private static final IdHasher HASHER = new IdHasher("query-words-test-pepper-0123456789");

    private static QueryWords words(String q) {
        return QueryText.of(q, HASHER).words();
    }

    private static Optional<QueryWords.Meaning> meaning(String word) {
        return QueryWords.meaning(word);
    }

    @Test
    void of_wordsWithSpaces_keepsEachAsTyped_andReadsTheOnesThatNameAFacet() {
        QueryWords words = words(" 海安　食品  罚款 ");
        assertEquals(List.of("海安", "食品", "罚款"), words.words().stream().map(QueryWords.Word::text).toList(),
                "ASCII and full-width spaces, leading and doubled");
        assertEquals(List.of("海安", "罚款"), words.understood().stream().map(QueryWords.Word::text).toList());
    }

    private static List<String> texts(QueryWords words) {
        return words.words().stream().map(QueryWords.Word::text).toList();
    }

    @Test
    void of_aKindTypedAtTheEnd_isSplitOff_withARegionItStartsWith() {
        assertEquals(List.of("海安", "食品", "罚款"), texts(words("海安食品罚款")));
        assertEquals(List.of("海安市", "食品", "行政处罚"), texts(words("海安市食品行政处罚")), "the longest region and kind");
        assertEquals(List.of("金海家纺", "处罚"), texts(words("金海家纺处罚")));
        assertEquals(List.of("南通", "国际家纺产业园有限公司", "黑名单"), texts(words("南通国际家纺产业园有限公司黑名单")));
        assertEquals(List.of("崇川", "家纺", "许可"), texts(words("崇川 家纺许可")));
        assertEquals(List.of("海安", "罚款"), texts(words("海安罚款")), "a region needs a topic after it to be split off");
        assertTrue(words("南通海安食品有限公司").isEmpty(), "a name ends with 公司, not a kind");
        assertTrue(words("食罚款").isEmpty(), "one character before the kind is no word");
    }

    @Test
    void of_oneWordPinyinCodesAndSentences_areNotSplit() {
        for (String q : List.of("", "食品", "罚款", "南通海安食品有限公司", "hai an shi pin", "nantong jiafang",
                "91320602MA1MX7KT4C", "一 二 三 四 五 六 七 八 九")) {
            assertTrue(words(q).isEmpty(), q);
        }
        assertEquals(QueryWords.MOST_WORDS, words("一 二 三 四 五 六 七 八").words().size());
    }

    @Test
    void meaning_region_byNameOrShortName_notByDigits() {
        assertEquals(new QueryWords.Meaning("region", List.of("320685"), "海安市"), meaning("海安").orElseThrow());
        assertEquals(new QueryWords.Meaning("region", List.of("320602"), "崇川区"), meaning("崇川区").orElseThrow());
        assertEquals("320614", meaning("海门").orElseThrow().values().get(0), "the current district before the old city");
        assertTrue(meaning("320685").isEmpty(), "six digits are more often part of a number");
        assertTrue(meaning("海").isEmpty());
    }

    @Test
    void meaning_theCity_isEveryDivisionInIt() {
        List<String> values = meaning("南通").orElseThrow().values();
        assertTrue(values.containsAll(List.of("320600", "320602", "320685", "320611")), values.toString());
        assertTrue(values.stream().allMatch(code -> code.startsWith("3206")), values.toString());
    }

    @Test
    void meaning_kindTierYear() {
        assertEquals(new QueryWords.Meaning("kind", List.of("PENALTY"), "行政处罚"), meaning("罚款").orElseThrow());
        assertEquals(List.of("BLACK_LIST"), meaning("黑名单").orElseThrow().values());
        assertEquals(List.of("LICENSE"), meaning("许可").orElseThrow().values());
        assertEquals(new QueryWords.Meaning("tier", List.of("SERIOUS"), "严重"), meaning("严重").orElseThrow());
        assertEquals(new QueryWords.Meaning("year", List.of("2025"), "2025年"), meaning("2025年").orElseThrow());
        assertEquals(List.of("2024"), meaning("2024").orElseThrow().values());
        assertTrue(meaning("食品").isEmpty());
        assertTrue(meaning("2025年度").isEmpty());
    }
}
