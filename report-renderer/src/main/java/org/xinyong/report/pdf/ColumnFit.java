package org.xinyong.report.pdf;

import java.util.List;
import org.xinyong.report.CreditReport.Column;
import org.xinyong.report.CreditReport.Table;

/**
 * Column widths for a table: shares by weight, then columns marked keep-on-one-line (document
 * numbers, dates) are widened to their longest value, taking the room from the wrapping columns.
 * A split document number cannot be searched for or copied, and a wrapped date reads badly.
 */
final class ColumnFit {
    /** No column marked keep-on-one-line takes more than this share of the table. */
    private static final float MAX_SHARE = 0.4f;
    /** A wrapping column keeps room for at least this many ideographs per line. */
    private static final int MIN_CHARS = 3;

    private ColumnFit() {
    }

    static float[] widths(Table table, float total, Typeface face, float size, float padding) {
        List<Column> columns = table.columns();
        int n = columns.size();
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            weights[i] = columns.get(i).weight();
        }
        float[] widths = Grid.widths(total, weights);
        float[] shortfall = new float[n];
        float extra = 0;
        for (int i = 0; i < n; i++) {
            if (!columns.get(i).keepOnOneLine()) {
                continue;
            }
            // the header too: a wrapped 序号 looks broken even though it is legal
            float need = face.width(face.clean(columns.get(i).header()), size) * 1.05f;
            for (List<String> row : table.rows()) {
                need = Math.max(need, face.width(face.clean(row.get(i)), size));
            }
            need = Math.min(need + 2 * padding + 1, total * MAX_SHARE);
            shortfall[i] = Math.max(0, need - widths[i]);
            extra += shortfall[i];
        }
        if (extra == 0) {
            return widths;
        }
        float floor = MIN_CHARS * size + 2 * padding;
        float spare = 0;
        for (int i = 0; i < n; i++) {
            if (!columns.get(i).keepOnOneLine()) {
                spare += Math.max(0, widths[i] - floor);
            }
        }
        float take = Math.min(extra, spare);
        if (take <= 0) {
            return widths;
        }
        for (int i = 0; i < n; i++) {
            if (columns.get(i).keepOnOneLine()) {
                widths[i] += shortfall[i] * take / extra;
            } else {
                widths[i] -= Math.max(0, widths[i] - floor) * take / spare;
            }
        }
        return widths;
    }
}
