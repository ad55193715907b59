package org.xinyong.indexer.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    static final LocalDate JAN_5 = LocalDate.of(2024, 1, 5);

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-05", "2024-1-5", "2024/1/5", "2024/01/05", "20240105", "2024年1月5日", "2024年01月05日",
        "2024.01.05", "2024-01-05 00:00:00", "2024-01-05T10:30", "2024-01-05 10:30:15.123", "２０２４－０１－０５",
        " 2024-01-05 ", "2024年1月5号", "20240105103000"})
    void parse_departmentForms(String text) throws InvalidValueException {
        assertEquals(JAN_5, DateParser.parse(text, false));
    }

    @Test
    void parse_excelSerialOnlyInWorksheets() throws InvalidValueException {
        assertEquals(JAN_5, DateParser.parse("45296", true));
        assertEquals(JAN_5, DateParser.parse("45296.5", true));
        assertThrows(InvalidValueException.class, () -> DateParser.parse("45296", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13-01", "2023-02-29", "05/01/2024", "去年", "2024", "", "1800-01-01"})
    void parse_refused(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> DateParser.parse(text, false));
        assertTrue(e.getMessage().contains("日期"), e.getMessage());
    }

    @Test
    void parseValidityEnd_openEnded() throws InvalidValueException {
        assertEquals(DateParser.OPEN_ENDED, DateParser.parseValidityEnd("长期", false));
        assertEquals(DateParser.OPEN_ENDED, DateParser.parseValidityEnd("无固定期限", false));
        assertEquals(JAN_5, DateParser.parseValidityEnd("2024/1/5", false));
    }
}
