package org.xinyong.api.support;

import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.ResidentId;
import org.xinyong.core.privacy.Masking;

/**
 * What the API repeats of what it was sent (the query typed, a check's input): every run shaped
 * like a resident ID masked ({@link Masking#maskIdsIn}), but a 统一社会信用代码 as sent. Many
 * codes are all digits, shaped like an ID (12… for public institutions, a digit as check
 * character), and a caller must get back the code they sent; unless it is a valid ID as well.
 */
public final class Echoes {
    private Echoes() {
    }

    public static String of(String text) {
        boolean creditCode = text != null && CreditCode.tryParse(text).isPresent() && ResidentId.tryParse(text).isEmpty();
        return creditCode ? text : Masking.maskIdsIn(text);
    }
}
