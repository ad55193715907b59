package org.xinyong.indexer.validate;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Dates as departments write them: 2024-01-05, 2024/1/5, 2024.01.05, 2024年1月5日, 20240105, any
 * of these followed by a time (2024-01-05 10:30:00, 2024-01-05T10:30), and in worksheets Excel
 * serial numbers (45296). Full-width digits are fine. Ambiguous forms (05/01/2024) are refused
 * rather than guessed.
 */
public final class DateParser {
    /** Open-ended validity as 信用中国 shows it; 长期 and friends become this date. */
    public static final LocalDate OPEN_ENDED = LocalDate.of(2099, 12, 31);

    private static final String TIME = "(?:[T\\s]*\\d{1,2}[:时]\\d{1,2}(?:[:分]\\d{1,2}(?:\\.\\d+)?秒?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?";
    private static final Pattern SEPARATED = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?" + TIME);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:\\d{4}(?:\\d{2})?)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(?:\\.\\d+)?");
    private static final Set<String> OPEN_WORDS = Set.of("长期", "长期有效", "永久", "永久有效", "无固定期限", "无期限", "长期性");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2099;

    private DateParser() {
    }

    /**
     * @param excelSerials whether a bare number is an Excel serial date (only cells of worksheets)
     */
    public static LocalDate parse(String text, boolean excelSerials) throws InvalidValueException {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).trim();
        Matcher m = SEPARATED.matcher(t);
        if (m.matches()) {
            return of(t, m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(t);
        if (m.matches()) {
            return of(t, m.group(1), m.group(2), m.group(3));
        }
        if (excelSerials && SERIAL.matcher(t).matches()) {
            double serial = Double.parseDouble(t);
            if (serial >= 1 && DateUtil.isValidExcelDate(serial)) {
                return inRange(t, DateUtil.getLocalDateTime(serial, false, true).toLocalDate());
            }
        }
        throw new InvalidValueException("日期“" + text.trim() + "”无法识别，请使用 2024-01-05、2024/1/5、20240105 或 2024年1月5日 等格式");
    }

    /** Like {@link #parse}, but 长期/永久/无固定期限 mean open-ended validity ({@link #OPEN_ENDED}). */
    public static LocalDate parseValidityEnd(String text, boolean excelSerials) throws InvalidValueException {
        if (OPEN_WORDS.contains(text.trim())) {
            return OPEN_ENDED;
        }
        return parse(text, excelSerials);
    }

    private static LocalDate of(String text, String year, String month, String day) throws InvalidValueException {
        try {
            return inRange(text, LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            throw new InvalidValueException("日期“" + text + "”不存在（请核对月份和日）");
        }
    }

    private static LocalDate inRange(String text, LocalDate date) throws InvalidValueException {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new InvalidValueException("日期“" + text + "”的年份不合理");
        }
        return date;
    }
}
