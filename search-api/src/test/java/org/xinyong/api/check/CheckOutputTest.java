package org.xinyong.api.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xinyong.api.testing.TestCodes;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.ResidentId;

/** What a check repeats of its input: never a resident ID, always a credit code as sent. */
class CheckOutputTest {
    @Test
    void aResidentId_isMasked_validOrMistyped() {
        String id = TestCodes.residentId("320602", "19900101", 123);
        assertEquals("3206**********" + id.substring(14), CheckOutput.echoCode(id));
        String mistyped = TestCodes.withBadChecksum(id);
        assertFalse(CheckOutput.echoCode(mistyped).contains("19900101"), CheckOutput.echoCode(mistyped));
    }

    @Test
    void aCreditCode_isRepeatedAsSent_evenAllDigits() {
        String code = TestCodes.creditCode("320602", 100001);
        assertEquals(code, CheckOutput.echoCode(code));
        String allDigits = allDigitCreditCodeThatIsNoId();
        assertEquals(allDigits, CheckOutput.echoCode(allDigits));
        assertEquals("", CheckOutput.echoCode(""));
        assertEquals(null, CheckOutput.echoCode(null));
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
