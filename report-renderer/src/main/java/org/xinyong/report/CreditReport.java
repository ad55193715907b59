package org.xinyong.report;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A 公共信用信息报告 as a reader sees it, independent of the page layout: every string here is final
 * display text (already masked, formatted and checked for publicity), so a renderer only lays it out
 * and never needs to know the publicity rules. Built by {@link ReportAssembler}.
 *
 * @param badges status labels under the title (守信激励对象, 失信惩戒对象, 经营异常, 存续 …)
 * @param basicInfo the short identity block under the title
 * @param summary 信用信息概要: how many entries each section holds
 * @param sections 一 to 十, in order; an empty section holds the paragraph 无
 * @param notes 报告说明, one paragraph each
 */
public record CreditReport(
        Header header,
        List<Badge> badges,
        List<Field> basicInfo,
        List<Count> summary,
        List<Section> sections,
        List<String> notes) {

    public CreditReport {
        Objects.requireNonNull(header, "header");
        badges = List.copyOf(badges);
        basicInfo = List.copyOf(basicInfo);
        summary = List.copyOf(summary);
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }

    /**
     * @param subtitle the report type: 法人和非法人组织 or 自然人
     * @param number 报告编号: 14-digit generation time and 8 random characters
     * @param verificationUrl where the QR code points; the page that checks this report's number
     */
    public record Header(
            String title,
            String subtitle,
            String subjectName,
            String number,
            ZonedDateTime generatedAt,
            ZonedDateTime dataAsOf,
            String version,
            String issuer,
            String verificationUrl) {
        public Header {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subjectName, "subjectName");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(generatedAt, "generatedAt");
            Objects.requireNonNull(dataAsOf, "dataAsOf");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(verificationUrl, "verificationUrl");
        }
    }

    /** How a badge reads at a glance; the renderer picks colours from it. */
    public enum Tone { GOOD, BAD, WARNING, NEUTRAL }

    public record Badge(String label, Tone tone) {
        public Badge {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(tone, "tone");
        }
    }

    public record Field(String label, String value) {
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    public record Count(String label, int count) {
        public Count {
            Objects.requireNonNull(label, "label");
            if (count < 0) {
                throw new IllegalArgumentException("count of " + label + " was " + count + "; it cannot be negative");
            }
        }
    }

    /** @param number the Chinese ordinal (一 … 十) */
    public record Section(String number, String title, List<Block> blocks) {
        public Section {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(title, "title");
            blocks = List.copyOf(blocks);
        }
    }

    /** What a section is made of, in reading order. */
    public sealed interface Block permits Table, Fields, Paragraph {
    }

    /**
     * A table with a header row that repeats on every page it spans.
     *
     * @param caption the sub-heading above it ((一) 行政许可信息), or empty
     */
    public record Table(String caption, List<Column> columns, List<List<String>> rows) implements Block {
        public Table {
            Objects.requireNonNull(caption, "caption");
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("table '" + caption + "' has no columns");
            }
            rows = rows.stream().map(List::copyOf).toList();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != columns.size()) {
                    throw new IllegalArgumentException("row " + i + " of table '" + caption + "' has "
                            + rows.get(i).size() + " cells; the table has " + columns.size() + " columns");
                }
            }
        }
    }

    /**
     * @param weight the column's share of the table width, relative to the other columns
     * @param keepOnOneLine values readers search for or compare (document numbers, dates): the
     *     renderer widens the column, at the others' expense, so they do not wrap
     */
    public record Column(String header, float weight, boolean keepOnOneLine) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("column '" + header + "' has weight " + weight + "; it must be positive");
            }
        }

        public static Column wrapping(String header, float weight) {
            return new Column(header, weight, false);
        }

        public static Column oneLine(String header, float weight) {
            return new Column(header, weight, true);
        }
    }

    /** Label–value pairs, laid out two to a row. */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    public record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }
}
