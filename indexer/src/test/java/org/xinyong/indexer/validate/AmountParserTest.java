package org.xinyong.indexer.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AmountParserTest {

    @Test
    void parseWan_formsAndUnits() throws InvalidValueException {
        assertEquals(1.5, AmountParser.parseWan("1.5", false));
        assertEquals(1500.0, AmountParser.parseWan("1,500.00", false));
        assertEquals(1.5, AmountParser.parseWan("１．５", false));
        assertEquals(2.0, AmountParser.parseWan("2万元", false));
        assertEquals(0.5, AmountParser.parseWan("5000元", false));
        assertEquals(0.5, AmountParser.parseWan("人民币 5,000 元", false));
        assertEquals(0.5, AmountParser.parseWan("5000", true), "a 元 column");
        assertEquals(3.0, AmountParser.parseWan("3万", true));
        assertEquals(0.0, AmountParser.parseWan("0", false));
    }

    @Test
    void parseWan_refused() {
        assertTrue(assertThrows(InvalidValueException.class, () -> AmountParser.parseWan("-1", false))
                .getMessage().contains("负数"));
        assertTrue(assertThrows(InvalidValueException.class, () -> AmountParser.parseWan("1,5", false))
                .getMessage().contains("不是数字"));
        assertThrows(InvalidValueException.class, () -> AmountParser.parseWan("五千", false));
        assertTrue(assertThrows(InvalidValueException.class, () -> AmountParser.parseWan("50000000", false))
                .getMessage().contains("万元"));
    }
}
