package org.xinyong.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xinyong.api.http.Problem;
import org.xinyong.api.testing.TestCodes;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.ResidentId;

/** The key of /api/subjects/{key}: a code or a person's pseudonymous key, never an ID. */
class SubjectKeysTest {
    @Test
    void aCodeOrAPersonsKey_isTheKey() {
        String code = TestCodes.creditCode("320602", 100001);
        assertEquals(code, SubjectKeys.parse(code));
        assertEquals(code, SubjectKeys.parse(code.toLowerCase()), "as people write it");
        String person = "P" + "0123456789abcdef".repeat(2);
        assertEquals(person, SubjectKeys.parse(person));
    }

    @Test
    void aResidentId_isRefused_aMalformedCodeNamed() {
        Problem id = assertThrows(Problem.class, () -> SubjectKeys.parse(TestCodes.residentId("320602", "19900101", 123)));
        assertEquals(400, id.status());
        assertEquals("请勿在地址中使用身份证号码", id.title());
        Problem bad = assertThrows(Problem.class, () -> SubjectKeys.parse(TestCodes.withBadChecksum(TestCodes.creditCode("320602", 100001))));
        assertEquals("invalid-code", bad.type());
    }

    @Test
    void anIdWhoseDigitsPassAsACodeToo_isStillRefused_theNumberGoesNoFurther() {
        String both = null;
        for (int sequence = 0; both == null; sequence++) {
            String id = TestCodes.residentId("110105", "19491231", sequence);
            if (CreditCode.tryParse(id).isPresent()) {
                both = id;
            }
        }
        assertTrue(ResidentId.tryParse(both).isPresent());
        String id = both;
        assertEquals(400, assertThrows(Problem.class, () -> SubjectKeys.parse(id)).status());
    }
}
