package org.xinyong.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResidentIdTest {

    static String valid(String first17) {
        return first17 + ResidentId.checkCharacter(first17);
    }

    @Test
    void checkCharacter_standardExample() {
        // The worked example of GB 11643-1999: 11010519491231002 → X
        assertEquals('X', ResidentId.checkCharacter("11010519491231002"));
    }

    @Test
    void parse_lowerCaseXAndFullWidth_normalised() throws InvalidCodeException {
        assertEquals("11010519491231002X", ResidentId.parse("11010519491231002x").value());
        String id = valid("32060219850317123");
        StringBuilder fullWidth = new StringBuilder();
        for (char c : id.toCharArray()) {
            fullWidth.append(Character.isDigit(c) ? (char) (c + 0xFEE0) : c);
        }
        assertEquals(id, ResidentId.parse(fullWidth.toString()).value());
    }

    @Test
    void parse_checksumFailure_neverEchoesTheId() {
        String id = valid("32060219850317123");
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> ResidentId.parse(wrong));
        assertEquals(InvalidCodeException.Reason.CHECKSUM, e.reason());
        assertFalse(e.getMessage().contains(wrong.substring(0, 10)));
    }

    @Test
    void parse_badBirthDateAndOldFormat_reasons() {
        assertEquals(InvalidCodeException.Reason.BIRTH_DATE,
                assertThrows(InvalidCodeException.class, () -> ResidentId.parse(valid("32060219851332123"))).reason());
        assertEquals(InvalidCodeException.Reason.LENGTH,
                assertThrows(InvalidCodeException.class, () -> ResidentId.parse("320602850317123")).reason());
        assertEquals(InvalidCodeException.Reason.CHARACTER,
                assertThrows(InvalidCodeException.class, () -> ResidentId.parse("3206021985031712AX")).reason());
    }

    @Test
    void toString_isMasked() throws InvalidCodeException {
        ResidentId id = ResidentId.parse("11010519491231002X");
        assertEquals("1101**********002X", id.toString());
        assertTrue(org.xinyong.core.privacy.Masking.looksMasked(id.toString()));
    }
}
