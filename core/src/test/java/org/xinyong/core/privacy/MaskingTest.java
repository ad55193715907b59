package org.xinyong.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void maskId_keepsFourAndFour() {
        assertEquals("1101**********002X", Masking.maskId("11010519491231002X"));
        assertEquals("****", Masking.maskId("1234"));
    }

    @Test
    void maskIdsIn_masksEveryIdShapedRun_andLeavesTheRest() {
        assertEquals("张三 1101**********002X", Masking.maskIdsIn("张三 11010519491231002X"));
        assertEquals("/api/subjects/3206**********1234/x", Masking.maskIdsIn("/api/subjects/320602199001011234/x"));
        assertEquals("1101**********002x，3206**********1234",
                Masking.maskIdsIn("11010519491231002x，320602199001011234"), "each of several, a lower-case x too");
        assertEquals("通市监罚〔2025〕12号 91320602MA1MX7KT4C", Masking.maskIdsIn("通市监罚〔2025〕12号 91320602MA1MX7KT4C"),
                "document numbers and credit codes are no IDs");
        assertEquals("旧证 3206*******1123，", Masking.maskIdsIn("旧证 320602900101123，"), "a 15-digit ID of old");
        assertEquals("1234567890123456 12345678901234", Masking.maskIdsIn("1234567890123456 12345678901234"),
                "16 and 14 digits are no ID");
        assertNull(Masking.maskIdsIn(null));
    }
}
