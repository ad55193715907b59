package org.xinyong.indexer.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.InvalidCodeException;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.core.model.Tier;
import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.map.BoundHeader;
import org.xinyong.indexer.map.Field;
import org.xinyong.indexer.read.RawRow;

/**
 * One data row seen through its header: typed access to fields, with every problem collected (not
 * just the first) so that a clerk fixes a row in one go. Each problem names the column as the
 * department headed it.
 */
public final class Cells {
    /** The earliest plausible decision date: the national credit system's data starts long after. */
    static final LocalDate EARLIEST_DECISION = LocalDate.of(1990, 1, 1);

    private final RawRow row;
    private final BoundHeader header;
    private final boolean excelDates;
    private final LocalDate today;
    private final List<String> fields = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();

    public Cells(RawRow row, BoundHeader header, boolean excelDates, LocalDate today) {
        this.row = row;
        this.header = header;
        this.excelDates = excelDates;
        this.today = today;
        checkWidth();
    }

    /** More filled cells than header columns almost always means an unquoted comma shifted the row. */
    private void checkWidth() {
        int width = header.header().size();
        for (int i = width; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                error("（整行）", "该行有" + row.cells().size() + "列，比表头多" + (row.cells().size() - width)
                        + "列：可能某个字段含有未加引号的逗号，导致后面的列错位");
                return;
            }
        }
    }

    public LocalDate today() {
        return today;
    }

    public boolean has(Field field) {
        return header.has(field);
    }

    public String label(Field field) {
        return header.label(field);
    }

    /** The first non-blank value among the field's columns, trimmed; "" when there is none. */
    public String text(Field field) {
        for (int column : header.columns(field)) {
            String v = row.cell(column).trim();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    /** All non-blank values of the field's columns (处罚类别1, 处罚类别2), joined. */
    public String joined(Field field, String separator) {
        List<String> parts = new ArrayList<>();
        for (int column : header.columns(field)) {
            String v = row.cell(column).trim();
            if (!v.isEmpty()) {
                parts.add(v);
            }
        }
        return String.join(separator, parts);
    }

    /** A value that must be there; null (and a problem noted) when blank. */
    public String required(Field field) {
        String v = text(field);
        if (v.isEmpty()) {
            error(field, "必填项为空");
            return null;
        }
        return v;
    }

    public String optional(Field field) {
        String v = text(field);
        return v.isEmpty() ? null : v;
    }

    public LocalDate date(Field field, boolean required) {
        String v = required ? required(field) : optional(field);
        if (v == null) {
            return null;
        }
        try {
            return DateParser.parse(v, excelDates);
        } catch (InvalidValueException e) {
            error(field, e.getMessage());
            return null;
        }
    }

    /** An end of validity: a date, or 长期/永久 (open-ended). */
    public LocalDate validityEnd(Field field) {
        String v = optional(field);
        if (v == null) {
            return null;
        }
        try {
            return DateParser.parseValidityEnd(v, excelDates);
        } catch (InvalidValueException e) {
            error(field, e.getMessage());
            return null;
        }
    }

    /** A decision date: present, not in the future, not implausibly old. */
    public LocalDate decisionDate(Field field) {
        LocalDate d = date(field, true);
        return checkDecisionDate(field, d);
    }

    public LocalDate checkDecisionDate(Field field, LocalDate d) {
        if (d != null && d.isAfter(today)) {
            error(field, "日期" + d + "晚于今天（" + today + "），请核对");
            return null;
        }
        if (d != null && d.isBefore(EARLIEST_DECISION)) {
            error(field, "日期" + d + "过早，请核对");
            return null;
        }
        return d;
    }

    /** An amount in 万元 from the 万元 column or, failing that, the 元 column. */
    public Double amount(Field wanField, Field yuanField) {
        Field field = !text(wanField).isEmpty() ? wanField : yuanField;
        String v = optional(field);
        if (v == null) {
            return null;
        }
        try {
            return AmountParser.parseWan(v, field == yuanField);
        } catch (InvalidValueException e) {
            error(field, e.getMessage());
            return null;
        }
    }

    public String term(Field field, Vocabulary vocabulary, boolean required) {
        String v = required ? required(field) : optional(field);
        if (v == null) {
            return null;
        }
        try {
            return vocabulary.parse(v);
        } catch (InvalidValueException e) {
            error(field, e.getMessage());
            return null;
        }
    }

    public Tier tier(Field field) {
        String v = optional(field);
        if (v == null) {
            return null;
        }
        Tier tier = Tier.fromLabel(v);
        if (tier == null) {
            error(field, "“" + v + "”不是规定的取值，应为：轻微、一般、严重");
        }
        return tier;
    }

    /** A status column (当前状态); ACTIVE when blank. */
    public RecordStatus status(Field field) {
        String label = term(field, Vocabularies.STATUS, false);
        return label == null ? RecordStatus.ACTIVE : Vocabularies.status(label);
    }

    /** An optional 统一社会信用代码 (of an authority, say): checked when given. */
    public String creditCode(Field field, boolean required) {
        String v = required ? required(field) : optional(field);
        if (v == null) {
            return null;
        }
        try {
            return CreditCode.parse(v).value();
        } catch (InvalidCodeException e) {
            error(field, e.getMessage());
            return null;
        }
    }

    /** Values kept on the record as {@code extra}, keyed by their national names. */
    public Map<String, String> extras(Field... fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Field f : fields) {
            String v = text(f);
            if (!v.isEmpty()) {
                out.put(header.displayName(f), v);
            }
        }
        return out;
    }

    public void error(Field field, String reason) {
        error(label(field), reason);
    }

    public void error(String field, String reason) {
        fields.add(field);
        reasons.add(field + "：" + reason);
    }

    public boolean ok() {
        return reasons.isEmpty();
    }

    public long line() {
        return row.line();
    }

    public ParsedRow.Rejected rejected() {
        return new ParsedRow.Rejected(row.line(), row.toCsv(), String.join("；", fields.stream().distinct().toList()),
                String.join("；", reasons));
    }
}
