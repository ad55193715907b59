package org.xinyong.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    /** A market-regulation enterprise code in 崇川区 with a valid GB 11714 body, completed with its check. */
    static String validCode(String region, String orgBody8) {
        String org = orgBody8 + CreditCode.organisationCheckCharacter(orgBody8);
        String first17 = "91" + region + org;
        return first17 + CreditCode.checkCharacter(first17);
    }

    @Test
    void checkCharacter_knownPublishedCode() throws InvalidCodeException {
        // 91110000100000000Z-style codes are not published, so use one computed from the algorithm of
        // GB 32100 by hand: 9132060000000000 + org check is verified by parse round-tripping below.
        String code = validCode("320602", "MA1MXX12");
        assertEquals(code, CreditCode.parse(code).value());
    }

    @Test
    void checkCharacter_weightsFromStandard() {
        // All-zero body: sum is 0, so the check is (31 - 0) % 31 = 0.
        assertEquals('0', CreditCode.checkCharacter("00000000000000000"));
        // One '1' in the first position has weight 1: check = 31 - 1 = 30 → 'Y'.
        assertEquals('Y', CreditCode.checkCharacter("10000000000000000"));
        // '1' in position 2 has weight 3: check = 28 → 'W'.
        assertEquals('W', CreditCode.checkCharacter("01000000000000000"));
    }

    @Test
    void organisationCheckCharacter_mapsTenToXAndElevenToZero() {
        // weights 3 7 9 10 5 8 4 2; "00000000" sums to 0 → 11 - 0 = 11 → '0'
        assertEquals('0', CreditCode.organisationCheckCharacter("00000000"));
        // "10000000": 3 → 11 - 3 = 8
        assertEquals('8', CreditCode.organisationCheckCharacter("10000000"));
        // "00000001": 2 → 9; "00000100": 4*1 = 4 → 7
        assertEquals('9', CreditCode.organisationCheckCharacter("00000001"));
        // sum 1 mod 11 → 10 → X: "0000000" + digit d at weight 2 with 2d ≡ 1 (mod 11) → d = 6
        assertEquals('X', CreditCode.organisationCheckCharacter("00000006"));
    }

    @Test
    void parse_fullWidthAndLowerCase_normalised() throws InvalidCodeException {
        String code = validCode("320612", "MA1N2P3Q");
        StringBuilder fullWidth = new StringBuilder();
        for (char c : code.toLowerCase().toCharArray()) {
            fullWidth.append((char) (c + 0xFEE0));
        }
        assertEquals(code, CreditCode.parse(" " + fullWidth + " ").value());
        assertEquals(code, CreditCode.parse(code.substring(0, 9) + " " + code.substring(9)).value());
    }

    @Test
    void parse_checksumFailure_namesExpectedCharacter() {
        String code = validCode("320602", "MA1MXX12");
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        InvalidCodeException e = assertThrows(InvalidCodeException.class,
                () -> CreditCode.parse(code.substring(0, 17) + wrong));
        assertEquals(InvalidCodeException.Reason.CHECKSUM, e.reason());
        assertTrue(e.getMessage().contains("第18位应为" + code.charAt(17)), e.getMessage());
    }

    @Test
    void parse_wrongLengthAndForbiddenLetter_reasons() {
        assertEquals(InvalidCodeException.Reason.LENGTH,
                assertThrows(InvalidCodeException.class, () -> CreditCode.parse("91320602MA1MXX12")).reason());
        assertEquals(InvalidCodeException.Reason.EMPTY,
                assertThrows(InvalidCodeException.class, () -> CreditCode.parse("  ")).reason());
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> CreditCode.parse("91320602MA1MXXI20X"));
        assertEquals(InvalidCodeException.Reason.CHARACTER, e.reason());
        assertTrue(e.getMessage().contains("第15位"), e.getMessage());
    }

    @Test
    void regionAndIndividualBusiness_fromPositions() throws InvalidCodeException {
        String first17 = "92320682" + "MA1Q2R3T" + CreditCode.organisationCheckCharacter("MA1Q2R3T");
        CreditCode code = CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
        assertEquals("320682", code.regionCode());
        assertTrue(code.isIndividualBusiness());
        assertFalse(CreditCode.parse(validCode("320602", "MA1MXX12")).isIndividualBusiness());
    }

    @Test
    void looksLikeCode_ignoresChecksum() {
        String code = validCode("320602", "MA1MXX12");
        assertTrue(CreditCode.looksLikeCode(code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0')));
        assertFalse(CreditCode.looksLikeCode("南通国际家纺产业园有限公司"));
    }
}
