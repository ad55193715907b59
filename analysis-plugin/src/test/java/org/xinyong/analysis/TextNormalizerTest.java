package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void normalize_fullWidthToHalfWidthLowerCase() {
        assertEquals("abc123", TextNormalizer.normalize("ＡＢＣ１２３"));
    }

    @Test
    void normalize_unifiesBrackets() {
        assertEquals("南通(集团)(测试)(x)(y)(z)", TextNormalizer.normalize("南通【集团】〔测试〕[x]（y）［z］"));
    }

    @Test
    void normalize_removesAllWhitespace() {
        assertEquals("nantong科技", TextNormalizer.normalize(" Nan Tong\u3000科技\t"));
    }

    @Test
    void normalize_plainAscii_unchanged() {
        assertEquals("abc-123", TextNormalizer.normalize("abc-123"));
    }
}
