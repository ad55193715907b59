package org.xinyong.api.support;

import org.xinyong.api.http.Problem;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.InvalidCodeException;
import org.xinyong.core.code.ResidentId;

/**
 * Validates the key in {@code /api/subjects/{key}}: a 统一社会信用代码 (checksum verified), or a
 * natural person's key ({@code P} + 32 hex). A resident ID is refused here on purpose: IDs must
 * never appear in URLs, logs or caches; people find persons through search instead.
 */
public final class SubjectKeys {
    private SubjectKeys() {
    }

    /** A well-formed key we hold no public credit information for (or a person not shown): 404. */
    public static Problem notFound(String key) {
        return Problem.notFound("subject-not-found", "未找到该主体", "No public credit information is held for " + key + ".");
    }

    public static String parse(String raw) {
        if (raw != null && raw.matches("P[0-9a-f]{32}")) {
            return raw;
        }
        // a valid ID is refused even when its digits also pass as a credit code (about one ID in 31
        // with a digit check character): the number goes no further, the rare company so coded is
        // found through search
        if (ResidentId.tryParse(raw).isPresent()) {
            throw Problem.badRequest("invalid-code", "请勿在地址中使用身份证号码",
                    "Natural persons are found through search; their files are addressed by a pseudonymous key.");
        }
        try {
            return CreditCode.parse(raw).value();
        } catch (InvalidCodeException e) {
            throw Problem.badRequest("invalid-code", "统一社会信用代码无效", e.getMessage());
        }
    }
}
