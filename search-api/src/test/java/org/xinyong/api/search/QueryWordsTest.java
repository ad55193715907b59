package org.xinyong.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    private static List<String> texts(QueryWords words) {
        return words.words().stream().map(QueryWords.Word::text).toList();
    }

    private static Optional<Meaning> meaning(String word) {
        return Meaning.of(word);
    }

    @Test
    void of_wordsWithSpaces_keepsEachAsTyped_andReadsTheOnesThatNameAFacet() {
        QueryWords words = words(" 海安　食品  罚款 ");
        assertEquals(List.of("海安", "食品", "罚款"), texts(words), "ASCII and full-width spaces, leading and doubled");
        assertEquals(List.of("海安", "罚款"), words.words().stream().filter(w -> w.meaning().isPresent()).map(QueryWords.Word::text).toList());
        assertFalse(words.words().get(1).attached());
    }

    @Test
    void of_commasSlashesAndLonePunctuation() {
        assertEquals(List.of("海安", "食品", "罚款"), texts(words("海安，食品、罚款")));
        assertEquals(List.of("海安", "罚款"), texts(words("海安 - 罚款")), "a word without a letter or digit is none");
        assertEquals(List.of("海安", "罚款"), texts(words("海安/罚款")));
    }

    @Test
    void of_anUnmistakableKindTypedAtTheEnd_isSplitOff_withARegionItStartsWith() {
        QueryWords words = words("海安食品罚款");
        assertEquals(List.of("海安", "食品", "罚款"), texts(words));
        assertEquals(List.of(false, true, true), words.words().stream().map(QueryWords.Word::attached).toList(),
                "typed together: the page writes the text back without spaces");
        assertEquals(List.of("海安市", "食品", "行政处罚"), texts(words("海安市食品行政处罚")), "the longest region and kind");
        assertEquals(List.of("金海家纺", "处罚"), texts(words("金海家纺处罚")));
        assertEquals(List.of("南通", "国际家纺产业园有限公司", "黑名单"), texts(words("南通国际家纺产业园有限公司黑名单")));
        assertEquals(List.of("崇川", "家纺", "行政许可"), texts(words("崇川 家纺行政许可")));
        assertEquals(List.of("海安", "罚款"), texts(words("海安罚款")), "a region needs a topic after it to be split off");
    }

    @Test
    void plainText_theWordsThatMeanNothingElse_asTyped() {
        assertEquals("食品", words("海安食品罚款").plainText());
        assertEquals("国际家访产业园", words("南通国际家访产业园处罚").plainText(), "the city is a region too");
        assertEquals("金海 家纺", words("金海 海安 家纺 罚款").plainText());
        assertEquals("", words("海安 罚款").plainText());
        assertEquals(List.of("320685", "320621"), words("海安 金海家纺 罚款").regionCodes());
        assertEquals(List.of(), words("南通 金海家纺 罚款").regionCodes(), "the city narrows nothing");
    }

    @Test
    void of_aDistrictTypedBeforeATopic_isSplitOff_butNotFromANameOrTheCity() {
        QueryWords words = words("崇川家纺");
        assertEquals(List.of("崇川", "家纺"), texts(words));
        assertTrue(words.words().get(1).attached());
        assertEquals(List.of("如皋", "物流"), texts(words("如皋物流")));
        assertEquals(List.of("海安市", "食品"), texts(words("海安市食品")));
        for (String whole : List.of("南通家纺", "崇川区康博家纺有限公司", "海门区吴记便利店", "海安市市场监督管理局",
                "海安市", "通州湾", "如皋市凯博生物医药股份有限公司")) {
            assertTrue(words(whole).isEmpty() || words(whole).words().size() == 1, whole + ": " + texts(words(whole)));
        }
    }

    @Test
    void of_namesAndPhrasesEndingLikeAKind_stayWhole() {
        for (String q : List.of("南通海安食品有限公司", "吊销许可证", "环境影响评价", "诚实守信", "欧阳守信", "南通守信",
                "安全检查", "食罚款")) {
            assertTrue(words(q).isEmpty(), q);
        }
        assertEquals(Optional.empty(), words("吊销许可证 海安").words().get(0).meaning(), "only 许可证 alone means a licence");
    }

    @Test
    void of_oneWordPinyinCodesNumbersAndSentences_areNotSplit() {
        for (String q : List.of("", "食品", "南通", "hai an shi pin", "nantong jiafang", "91320602MA1MX7KT4C",
                "320602 1990 0101 1235", "2025 2026", "一 二 三 四 五 六 七 八 九")) {
            assertTrue(words(q).isEmpty(), q);
        }
        assertEquals(QueryWords.MOST_WORDS, words("一 二 三 四 五 六 七 八").words().size());
    }

    @Test
    void of_oneWordThatNamesAFacetValue_isReadToo() {
        assertEquals(List.of("BLACK_LIST"), words("黑名单").words().get(0).meaning().orElseThrow().codes());
        assertEquals(1, words("行政处罚").words().size());
        assertTrue(words("南通").isEmpty(), "the city alone asks nothing");
    }

    @Test
    void facetScores_kindsAboveAnyTitle_regionsUnderAName() {
        assertTrue(Facet.KIND.score() > 15 && Facet.TIER.score() > 15 && Facet.YEAR.score() > 15 && Facet.LIST_TYPE.score() > 15);
        assertTrue(Facet.REGION.score() < Facet.KIND.score());
    }

    @Test
    void meaning_region_byNameOrShortName_withTheOlderDivisionsOfThatName_notByDigits() {
        Meaning haian = meaning("海安").orElseThrow();
        assertEquals(Facet.REGION, haian.facet());
        assertEquals(List.of("320685", "320621"), haian.codes(), "海安市, and 海安县 it was until 2018");
        assertEquals("海安市", haian.label());
        assertFalse(haian.everywhere());
        assertEquals(List.of("320685", "320621"), meaning("海安市").orElseThrow().codes());
        assertEquals(List.of("320614", "320684"), meaning("海门").orElseThrow().codes());
        assertEquals(List.of("320602"), meaning("崇川区").orElseThrow().codes());
        assertTrue(meaning("320685").isEmpty(), "six digits are more often part of a number");
        assertTrue(meaning("海").isEmpty());
    }

    @Test
    void meaning_theCityOrProvince_isEveryDivision_askingNothing() {
        Meaning city = meaning("南通").orElseThrow();
        assertTrue(city.everywhere());
        assertTrue(city.codes().containsAll(List.of("320600", "320602", "320685", "320611")), city.codes().toString());
        assertTrue(city.codes().stream().allMatch(code -> code.startsWith("3206")), city.codes().toString());
        assertTrue(meaning("江苏省").orElseThrow().everywhere());

        QueryWords words = words("南通 家纺 罚款");
        assertEquals(1, words.narrowing().size(), "only the kind narrows: " + words.narrowing());
        assertEquals(Facet.KIND, words.narrowing().get(0).facet());
    }

    @Test
    void narrowing_wordsOfOneFacet_areAlternatives() {
        QueryWords words = words("海门 海安 食品 罚款 2024年");
        List<Meaning> narrowing = words.narrowing();
        assertEquals(List.of(Facet.REGION, Facet.KIND, Facet.YEAR), narrowing.stream().map(Meaning::facet).toList());
        assertEquals(List.of("320614", "320684", "320685", "320621"), narrowing.get(0).codes());
        assertEquals("海门区、海安市", narrowing.get(0).label());
        assertEquals(List.of("320614", "320684", "320685", "320621"), words.regionCodes());
        // each word is still answered as typed, with its own meaning
        assertEquals(5, words.words().size());
        assertEquals(List.of("320685", "320621"), words.words().get(1).meaning().orElseThrow().codes());
    }

    @Test
    void meaning_kindTierYear() {
        Meaning fine = meaning("罚款").orElseThrow();
        assertEquals(Facet.KIND, fine.facet());
        assertEquals(List.of("PENALTY"), fine.codes());
        assertEquals("行政处罚", fine.label());
        assertEquals(List.of("PENALTY"), meaning("行政处罚").orElseThrow().codes(), "a kind's own label");
        assertEquals(List.of("BLACK_LIST"), meaning("黑名单").orElseThrow().codes());
        assertEquals(Facet.LIST_TYPE, meaning("失信被执行人").orElseThrow().facet(), "one list, not the whole side");
        assertEquals(List.of("COURT_DEFAULTER"), meaning("老赖").orElseThrow().codes());
        assertEquals(List.of("SERIOUS_DISHONESTY"), meaning("严重失信").orElseThrow().codes());
        assertEquals(List.of("LICENSE"), meaning("许可").orElseThrow().codes());
        assertEquals(Facet.TIER, meaning("严重").orElseThrow().facet());
        assertEquals(List.of("SERIOUS"), meaning("严重").orElseThrow().codes());
        assertEquals(Facet.YEAR, meaning("2025年").orElseThrow().facet());
        assertEquals(List.of("2024"), meaning("2024").orElseThrow().codes());
        assertTrue(meaning("2000").isEmpty(), "before the records: an amount, not a year");
        assertTrue(meaning("2999").isEmpty());
        assertTrue(meaning("食品").isEmpty());
        assertTrue(meaning("2025年度").isEmpty());
    }
}
