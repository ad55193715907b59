package org.xinyong.indexer.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Turns worksheet cells into the text a user sees: shared and inline strings as they are; numbers
 * with Excel's 15 significant digits (so 0.1+0.2 shows as 0.3, as in Excel); numbers styled as
 * dates as ISO dates ({@code 2024-01-05}, or with the time when there is one). Numbers in date
 * columns that are not styled as dates stay numbers; the date parser accepts them as serials.
 */
final class XlsxCells {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Excel shows and computes with 15 significant digits; the XML may carry 17. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private final SharedStrings strings;
    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    XlsxCells(SharedStrings strings, StylesTable styles) {
        this.strings = strings;
        this.styles = styles;
    }

    String text(String type, String style, String raw, String inline) {
        if (type == null || type.equals("n")) {
            if (raw == null || raw.isBlank()) {
                return "";
            }
            return isDateStyle(style) ? dateText(raw) : numberText(raw);
        }
        return switch (type) {
            case "s" -> raw == null || raw.isBlank() ? "" : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            case "inlineStr" -> inline != null ? inline : raw == null ? "" : raw;
            case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
            default -> raw == null ? "" : raw; // str (formula text), e (#N/A …), d (ISO date)
        };
    }

    private boolean isDateStyle(String style) {
        if (style == null || styles == null) {
            return false;
        }
        int index = Integer.parseInt(style);
        return dateStyles.computeIfAbsent(index, i -> {
            XSSFCellStyle s = i < styles.getNumCellStyles() ? styles.getStyleAt(i) : null;
            return s != null && s.getDataFormatString() != null
                    && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        });
    }

    private static String dateText(String raw) {
        double serial;
        try {
            serial = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (!DateUtil.isValidExcelDate(serial)) {
            return numberText(raw);
        }
        LocalDateTime at = DateUtil.getLocalDateTime(serial, false, true);
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.format(DATE_TIME);
    }

    static String numberText(String raw) {
        try {
            return new BigDecimal(raw.trim()).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** "AB12" → 27: the zero-based column of a cell reference. */
    static int columnIndex(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return Math.max(col - 1, 0);
    }
}
