package org.xinyong.indexer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xinyong.indexer.map.Field;

/**
 * The columns of one generated file: which field, under which header, and whether a worksheet
 * should hold it as a date or a number rather than text.
 */
record Layout(List<Column> columns) {

    enum Type { TEXT, DATE, AMOUNT }

    record Column(Field field, String header, Type type) {
    }

    List<String> header() {
        return columns.stream().map(Column::header).toList();
    }

    List<String> project(Map<Field, String> values) {
        List<String> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(values.getOrDefault(c.field(), ""));
        }
        return out;
    }

    /** Builds a layout from triples: field, header, type. */
    static Layout of(Object... triples) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            columns.add(new Column((Field) triples[i], (String) triples[i + 1], (Type) triples[i + 2]));
        }
        return new Layout(List.copyOf(columns));
    }
}
