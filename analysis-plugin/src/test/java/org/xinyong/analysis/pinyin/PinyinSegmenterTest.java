package org.xinyong.analysis.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinSegmenterTest {

    private final PinyinSegmenter segmenter = PinyinSegmenter.standard();

    @Test
    void split_runTogetherPinyin() {
        assertEquals(List.of("nan", "tong", "jia", "fang"), segmenter.split("nantongjiafang"));
        assertEquals(List.of("gong", "si"), segmenter.split("gongsi"));
    }

    @Test
    void split_singleSyllable_staysWhole() {
        assertEquals(List.of("xian"), segmenter.split("xian"));
        assertEquals(List.of("zhuang"), segmenter.split("zhuang"));
    }

    @Test
    void split_longestFirst() {
        assertEquals(List.of("xiang", "gang"), segmenter.split("xianggang"));
        assertEquals(List.of("xin", "an"), segmenter.split("xinan"));
    }

    @Test
    void split_backtracksWhenLongestLeavesARemainder() {
        // jiang + uo fails, so jian + guo
        assertEquals(List.of("jian", "guo"), segmenter.split("jianguo"));
    }

    @Test
    void split_umlautWrittenV() {
        assertEquals(List.of("lv", "se"), segmenter.split("lvse"));
        assertEquals(List.of("nv", "zhuang"), segmenter.split("nvzhuang"));
    }

    @Test
    void split_notPinyin_empty() {
        assertEquals(List.of(), segmenter.split("ntjf"));
        assertEquals(List.of(), segmenter.split("abc"));
        assertEquals(List.of(), segmenter.split(""));
    }

    @Test
    void split_longUnsplittableInput_isFast() {
        // without memoising failed suffixes this backtracks exponentially
        String hard = "a".repeat(60) + "q";
        assertEquals(List.of(), segmenter.split(hard));
    }
}
