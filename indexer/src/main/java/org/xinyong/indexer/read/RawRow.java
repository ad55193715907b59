package org.xinyong.indexer.read;

import java.util.List;

/**
 * One row as read, before any interpretation: its spreadsheet line number and its cells as text.
 *
 * @param line 1-based row number as a spreadsheet shows it (the CSV record number, or the xlsx row)
 */
public record RawRow(long line, List<String> cells) {
    public RawRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or "" past the end of a short row. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Without the cells, which may hold a person's ID: safe to log. */
    @Override
    public String toString() {
        return "RawRow[line=" + line + ", " + cells.size() + " cells]";
    }

    /** The cells as one RFC 4180 line, so a rejected row can be shown and re-split losslessly. */
    public String toCsv() {
        return toCsv(cells);
    }

    public static String toCsv(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = values.get(i) == null ? "" : values.get(i);
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                    || v.indexOf('\r') >= 0 || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
            if (quote) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                out.append(v);
            }
        }
        return out.toString();
    }
}
