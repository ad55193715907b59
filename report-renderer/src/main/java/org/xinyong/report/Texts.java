package org.xinyong.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.ResidentId;
import org.xinyong.core.privacy.Masking;

/** Display text for the report: dates, amounts, empty values, and the last guard against raw IDs. */
final class Texts {
    static final String NONE = "无";
    static final String DASH = "—";
    private static final String SENTENCE_END = "。；！？;.!?";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** An 18-character run shaped like a resident ID, not part of a longer code or number. */
    private static final Pattern ID_SHAPE = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");

    private Texts() {
    }

    /**
     * Masks anything in free text that is a valid resident ID. Feeds sometimes put the person's ID
     * into 处罚内容 or a name field; the report must not be where it leaks. An 18-digit string that is
     * also a valid 统一社会信用代码 (all-digit codes exist) is left alone: it names an organisation.
     */
    static String scrub(String text) {
        if (text == null || text.length() < 18 || Masking.looksMasked(text)) {
            return text;
        }
        Matcher m = ID_SHAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String candidate = m.group().toUpperCase(java.util.Locale.ROOT);
            boolean id = ResidentId.tryParse(candidate).isPresent() && CreditCode.tryParse(candidate).isEmpty();
            m.appendReplacement(out, Matcher.quoteReplacement(id ? Masking.maskId(candidate) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Scrubbed text, or a dash when the source left the field empty. */
    static String or(String text) {
        return text == null || text.isBlank() ? DASH : scrub(text.strip());
    }

    /**
     * The non-empty values joined by {@code separator}, scrubbed; a dash when all are empty. A part
     * that already ends a sentence gets no separator after it (no "。；").
     */
    static String join(String separator, String... parts) {
        StringBuilder out = new StringBuilder();
        Arrays.stream(parts).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .forEach(part -> {
                    if (out.length() > 0 && SENTENCE_END.indexOf(out.charAt(out.length() - 1)) < 0) {
                        out.append(separator);
                    }
                    out.append(part);
                });
        return or(out.toString());
    }

    static String date(LocalDate date) {
        return date == null ? DASH : DATE.format(date);
    }

    static String dateTime(ZonedDateTime time) {
        return DATE_TIME.format(time.withZoneSameInstant(ReportNumbers.ZONE));
    }

    /** The last public day of a window whose end is exclusive. */
    static String lastDay(LocalDate exclusiveEnd) {
        return exclusiveEnd == null ? DASH : DATE.format(exclusiveEnd.minusDays(1));
    }

    /** 万元 amounts as sources give them, without binary-float noise (2.5, not 2.4999999). */
    static String wan(Double amount) {
        if (amount == null) {
            return null;
        }
        return BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString() + "万元";
    }
}
