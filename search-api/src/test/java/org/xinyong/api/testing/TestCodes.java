package org.xinyong.api.testing;

import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.ResidentId;

/** Valid codes for fixtures, computed with the real checksums (never hard-coded check characters). */
public final class TestCodes {
    private TestCodes() {
    }

    /** A valid 统一社会信用代码 for an enterprise in {@code region} with a distinct serial. */
    public static String creditCode(String region, int serial) {
        String body = String.format("MA%06d", serial % 1_000_000);
        String org = body + CreditCode.organisationCheckCharacter(body);
        String first17 = "91" + region + org;
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** The same code with a wrong check character. */
    public static String withBadChecksum(String code) {
        char last = code.charAt(17);
        char wrong = last == '0' ? '1' : '0';
        return code.substring(0, 17) + wrong;
    }

    public static String residentId(String region, String birth, int sequence) {
        String first17 = region + birth + String.format("%03d", sequence);
        return first17 + ResidentId.checkCharacter(first17);
    }
}
