package org.xinyong.indexer.map;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A header row bound to fields: which columns hold which field (a field may have several columns,
 * e.g. 处罚类别1 and 处罚类别2), and which columns nobody knows (ignored, and reported so the
 * department can hear about a misspelt header).
 */
public final class BoundHeader {
    private final List<String> header;
    private final Map<Field, List<Integer>> columns;
    private final List<String> unknown;
    private final int signatureCount;
    private final Map<Field, String> names;

    BoundHeader(List<String> header, Map<Field, List<Integer>> columns, List<String> unknown, int signatureCount,
                Map<Field, String> names) {
        this.header = List.copyOf(header);
        this.columns = Map.copyOf(columns);
        this.unknown = List.copyOf(unknown);
        this.signatureCount = signatureCount;
        this.names = names;
    }

    public List<String> header() {
        return header;
    }

    public boolean has(Field field) {
        return columns.containsKey(field);
    }

    public boolean hasAny(Set<Field> fields) {
        return fields.stream().anyMatch(this::has);
    }

    /** The columns holding {@code field}, in header order; empty when the file has none. */
    public List<Integer> columns(Field field) {
        return columns.getOrDefault(field, List.of());
    }

    /** The header as the department wrote it, for messages; the national name when the file lacks it. */
    public String label(Field field) {
        List<Integer> cols = columns(field);
        if (cols.isEmpty()) {
            return displayName(field);
        }
        String h = header.get(cols.get(0)).trim();
        // a bare national code tells a clerk little: add the Chinese name
        return h.matches("(?i)(XK|CF)_[A-Z_]+|BZ") ? h + "（" + displayName(field) + "）" : h;
    }

    /** The national name of the field for this kind of feed (行政处罚决定书文号, 承诺人名称 …). */
    public String displayName(Field field) {
        return names.getOrDefault(field, field.label());
    }

    public List<String> unknownColumns() {
        return unknown;
    }

    /** How many distinct kind-specific fields the header names: the evidence for kind detection. */
    public int signatureCount() {
        return signatureCount;
    }
}
