package org.xinyong.core.code;

import java.util.Optional;

/**
 * A 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters from a 31-symbol
 * alphabet, the last one a check character over the first 17.
 *
 * <p>Layout: position 1 registration authority (9 = market regulation), 2 organisation category,
 * 3–8 the administrative division, 9–17 the GB 11714 organisation code, 18 the check character.
 */
public record CreditCode(String value) {

    /** The 31 symbols in value order; I, O, S, V and Z are excluded so codes read unambiguously. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public CreditCode {
        if (value == null || value.length() != 18 || checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw new IllegalArgumentException("not a valid 统一社会信用代码: " + value + " (use CreditCode.parse)");
        }
    }

    /** Parses a code as people write it (full-width, lower case, spaces) and verifies its checksum. */
    public static CreditCode parse(String raw) throws InvalidCodeException {
        String code = CodeText.normalize(raw);
        if (code.isEmpty()) {
            throw new InvalidCodeException(InvalidCodeException.Reason.EMPTY, "统一社会信用代码为空");
        }
        if (code.length() != 18) {
            throw new InvalidCodeException(InvalidCodeException.Reason.LENGTH,
                    "统一社会信用代码应为18位，实际为" + code.length() + "位: " + code);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw new InvalidCodeException(InvalidCodeException.Reason.CHARACTER,
                        "统一社会信用代码第" + (i + 1) + "位'" + code.charAt(i) + "'不是有效字符（不含I、O、S、V、Z）: " + code);
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            throw new InvalidCodeException(InvalidCodeException.Reason.CHECKSUM,
                    "统一社会信用代码校验位错误: " + code + "（第18位应为" + expected + "），请核对是否抄错");
        }
        return new CreditCode(code);
    }

    /** The code if {@code raw} is a valid code, else empty; for places where a miss is not an error. */
    public static Optional<CreditCode> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (InvalidCodeException e) {
            return Optional.empty();
        }
    }

    /** True when the text has the shape of a code (18 symbols of the alphabet), checksum aside. */
    public static boolean looksLikeCode(String raw) {
        String code = CodeText.normalize(raw);
        if (code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The check character for the first 17 characters: (31 − Σ Ci·Wi mod 31) mod 31. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not a code character");
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The GB 11714 check character over the 8 body characters of an organisation code. */
    public static char organisationCheckCharacter(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** Positions 3–8: the administrative division where the subject registered. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** Position 2 under authority 9: 1 enterprise, 2 individual business, 3 farmers' cooperative. */
    public boolean isIndividualBusiness() {
        return value.charAt(0) == '9' && value.charAt(1) == '2';
    }

    @Override
    public String toString() {
        return value;
    }
}
