package org.xinyong.indexer.validate;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Money in 万元, the unit of the national templates. Accepted: 1.5, 1,500.00 (thousands separators
 * in the standard 3-digit grouping only, so 1,5 is refused rather than read as 15), full-width
 * digits, and an explicit unit after the number: 2万元 / 2万 (万元), 5000元 (yuan, converted: 0.5万元).
 * In a column headed in 元 (罚款金额（元）) a bare number is yuan. Refused: negative amounts, text,
 * and amounts over 1000亿元 (almost always a yuan figure in a 万元 column).
 */
public final class AmountParser {
    static final BigDecimal MAX_WAN = new BigDecimal("10000000");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10000);
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?|-?\\.\\d+");

    private AmountParser() {
    }

    /**
     * @param yuanColumn the column is headed in 元 rather than 万元
     * @return the amount in 万元
     */
    public static double parseWan(String text, boolean yuanColumn) throws InvalidValueException {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "").replace("人民币", "").replace("¥", "");
        boolean yuan = yuanColumn;
        if (t.endsWith("万元") || t.endsWith("万")) {
            t = t.substring(0, t.length() - (t.endsWith("万元") ? 2 : 1));
            yuan = false;
        } else if (t.endsWith("元")) {
            t = t.substring(0, t.length() - 1);
            yuan = true;
        }
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (!PLAIN.matcher(t).matches()) {
            throw new InvalidValueException("金额“" + text.trim() + "”不是数字（单位为万元，如 1.5；不要写汉字或多余符号）");
        }
        BigDecimal amount = new BigDecimal(t);
        if (amount.signum() < 0) {
            throw new InvalidValueException("金额不能为负数：" + text.trim());
        }
        BigDecimal wan = yuan ? amount.divide(TEN_THOUSAND) : amount;
        if (wan.compareTo(MAX_WAN) > 0) {
            throw new InvalidValueException("金额“" + text.trim() + "”超过1000亿元，请确认单位是否为万元");
        }
        return wan.doubleValue();
    }
}
