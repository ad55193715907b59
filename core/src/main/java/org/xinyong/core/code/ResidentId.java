package org.xinyong.core.code;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An 18-character resident identity number (GB 11643-1999): 6-digit address, 8-digit birth date,
 * 3-digit sequence, and an ISO 7064 MOD 11-2 check character. Never shown unmasked: see
 * {@link org.xinyong.core.privacy.Masking}.
 */
public record ResidentId(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECKS = "10X98765432";

    public ResidentId {
        if (value == null || value.length() != 18 || checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw new IllegalArgumentException("not a valid resident ID (use ResidentId.parse)");
        }
    }

    /** Parses an ID as written (full-width, lower-case x, spaces); the message never echoes the ID. */
    public static ResidentId parse(String raw) throws InvalidCodeException {
        String id = CodeText.normalize(raw);
        if (id.isEmpty()) {
            throw new InvalidCodeException(InvalidCodeException.Reason.EMPTY, "证件号码为空");
        }
        if (id.length() == 15) {
            throw new InvalidCodeException(InvalidCodeException.Reason.LENGTH,
                    "15位旧身份证号码无法校验，请换算为18位后再报送");
        }
        if (id.length() != 18) {
            throw new InvalidCodeException(InvalidCodeException.Reason.LENGTH,
                    "身份证号码应为18位，实际为" + id.length() + "位");
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i))) {
                throw new InvalidCodeException(InvalidCodeException.Reason.CHARACTER,
                        "身份证号码前17位应为数字，第" + (i + 1) + "位不是");
            }
        }
        char last = id.charAt(17);
        if (!Character.isDigit(last) && last != 'X') {
            throw new InvalidCodeException(InvalidCodeException.Reason.CHARACTER, "身份证号码第18位应为数字或X");
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))) {
                throw new DateTimeException("out of range");
            }
        } catch (DateTimeException e) {
            throw new InvalidCodeException(InvalidCodeException.Reason.BIRTH_DATE, "身份证号码中的出生日期无效");
        }
        if (checkCharacter(id.substring(0, 17)) != last) {
            throw new InvalidCodeException(InvalidCodeException.Reason.CHECKSUM, "身份证号码校验位错误，请核对是否抄错");
        }
        return new ResidentId(id);
    }

    public static Optional<ResidentId> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (InvalidCodeException e) {
            return Optional.empty();
        }
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECKS.charAt(sum % 11);
    }

    /** Never the number itself, so an ID cannot leak through a log line or an exception message. */
    @Override
    public String toString() {
        return org.xinyong.core.privacy.Masking.maskId(value);
    }
}
