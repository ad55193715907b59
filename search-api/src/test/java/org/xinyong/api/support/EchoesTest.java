package org.xinyong.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xinyong.api.search.QueryText;
import org.xinyong.api.testing.TestCodes;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.ResidentId;
import org.xinyong.core.privacy.IdHasher;

/** What the API repeats of what it was sent: never a resident ID, always a credit code as sent. */
class EchoesTest {
    @Test
    void aResidentId_isMasked_validOrMistyped() {
        String id = TestCodes.residentId("320602", "19900101", 123);
        assertEquals("3206**********" + id.substring(14), Echoes.of(id));
        String mistyped = TestCodes.withBadChecksum(id);
        assertFalse(Echoes.of(mistyped).contains("19900101"), Echoes.of(mistyped));
    }

    @Test
    void aCreditCode_isRepeatedAsSent_evenAllDigits() {
        String code = TestCodes.creditCode("320602", 100001);
        assertEquals(code, Echoes.of(code));
        String allDigits = allDigitCreditCodeThatIsNoId();
        assertEquals(allDigits, Echoes.of(allDigits));
        assertEquals(allDigits, QueryText.of(allDigits, new IdHasher("echoes-test-pepper-0123456789abcdef")).echo(),
                "the search's echo of the code typed");
        assertEquals("", Echoes.of(""));
        assertEquals(null, Echoes.of(null));
        assertEquals("张三 3206**********" + TestCodes.residentId("320602", "19900101", 123).substring(14),
                Echoes.of("张三 " + TestCodes.residentId("320602", "19900101", 123)), "an ID among words");
    }

    /** A valid code of digits only (as many are: 12… for public institutions), not also a valid ID. */
    private static String allDigitCreditCodeThatIsNoId() {
        for (int serial = 0; ; serial++) {
            String first17 = "12320600" + String.format("%09d", serial);
            String code = first17 + CreditCode.checkCharacter(first17);
            if (Character.isDigit(code.charAt(17)) && ResidentId.tryParse(code).isEmpty()) {
                assertTrue(CreditCode.tryParse(code).isPresent());
                return code;
            }
        }
    }
}
