package org.xinyong.report;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 报告编号 in the national format: the generation time as {@code yyyyMMddHHmmss} (Beijing time)
 * followed by 8 random characters from {@code [0-9A-Z]}, e.g. {@code 2026050419025750859D39}.
 *
 * <p>36^8 ≈ 2.8·10^12 suffixes per second make a clash between processes negligible; within this
 * process the suffixes issued in the current second are remembered, so two reports never share a
 * number here even by chance. The registry of issued reports should still key on the number.
 * Thread-safe; one instance per process.
 */
public final class ReportNumbers {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern FORMAT = Pattern.compile("\\d{14}[0-9A-Z]{8}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    private final SecureRandom random = new SecureRandom();
    private final Set<String> issuedThisSecond = new HashSet<>();
    private String currentSecond = "";

    /** A new number for a report generated at {@code generatedAt}. */
    public synchronized String next(ZonedDateTime generatedAt) {
        String stamp = STAMP.format(generatedAt.withZoneSameInstant(ZONE));
        if (!stamp.equals(currentSecond)) {
            currentSecond = stamp;
            issuedThisSecond.clear();
        }
        String suffix;
        do {
            char[] chars = new char[8];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            suffix = new String(chars);
        } while (!issuedThisSecond.add(suffix));
        return stamp + suffix;
    }

    /** True for text of the number's shape; says nothing about whether it was issued. */
    public static boolean isValid(String number) {
        return number != null && FORMAT.matcher(number).matches();
    }
}
