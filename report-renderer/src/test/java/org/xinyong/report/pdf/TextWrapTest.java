package org.xinyong.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextWrapTest {
    private static Typeface face;

    @BeforeAll
    static void font() throws IOException {
        face = Typeface.load("/org/xinyong/report/fonts/NotoSansSC-Regular.ttf");
    }

    @Test
    void wrap_chineseBreaksBetweenCharacters_andLinesFit() {
        String text = "当事人在其经营场所及网络店铺发布的广告中使用国家级最佳等用语对商品的性能功能作虚假的商业宣传";
        List<String> lines = TextWrap.wrap(text, face, 9, 100);
        assertTrue(lines.size() > 3);
        assertEquals(text, String.join("", lines));
        lines.forEach(l -> assertTrue(face.width(l, 9) <= 100, l));
    }

    @Test
    void wrap_keepsNumbersAndDatesWhole() {
        List<String> lines = TextWrap.wrap("有效期 2025-03-25 至 2030-03-25", face, 9, 60);
        assertTrue(lines.contains("2025-03-25 至") || lines.contains("2025-03-25"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("2030-03-25")), lines.toString());
    }

    @Test
    void wrap_closingPunctuationNeverStartsALine() {
        for (float width = 30; width < 120; width += 1.5f) {
            for (String line : TextWrap.wrap("甲乙丙丁，戊己庚辛。壬癸子丑（寅卯）辰巳午未、申酉戌亥", face, 9, width)) {
                assertFalse(line.startsWith("，") || line.startsWith("。") || line.startsWith("）") || line.startsWith("、"),
                        width + ": " + line);
                assertFalse(line.endsWith("（"), width + ": " + line);
            }
        }
    }

    @Test
    void wrap_wordLongerThanTheLine_isSplitRatherThanLost() {
        String longWord = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJ";
        List<String> lines = TextWrap.wrap(longWord, face, 9, 40);
        assertTrue(lines.size() > 1);
        assertEquals(longWord, String.join("", lines));
    }

    @Test
    void clean_replacesWhatTheFontCannotShow() {
        assertEquals("a b□c", face.clean("a\tb\uD83D\uDE00c"));
    }
}
