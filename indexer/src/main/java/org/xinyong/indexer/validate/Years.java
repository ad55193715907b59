package org.xinyong.indexer.validate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xinyong.indexer.map.Field;

/** Years as written in 评价年度 columns: 2024, 2024年, 2024年度. */
final class Years {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*(?:年度?)?");

    private Years() {
    }

    static Integer parse(Cells c, Field field, boolean required) {
        String v = required ? c.required(field) : c.optional(field);
        if (v == null) {
            return null;
        }
        Matcher m = YEAR.matcher(Normalizer.normalize(v, Normalizer.Form.NFKC).trim());
        int year = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (year < 1990 || year > c.today().getYear()) {
            c.error(field, "年度“" + v + "”无法识别或不合理，应为如 2024 的四位年份，且不晚于今年");
            return null;
        }
        return year;
    }

    /** A yearly result dates from the end of its year, or today while that year is still running. */
    static LocalDate lastDay(int year, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(today) ? today : end;
    }
}
