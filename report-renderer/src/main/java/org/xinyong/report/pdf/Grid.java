package org.xinyong.report.pdf;

import java.util.List;

/**
 * A table as the page sees it: column widths in points, header rows that repeat on every page the
 * table spans, and body rows. Cells may span columns.
 */
record Grid(float[] widths, List<List<Cell>> header, List<List<Cell>> rows) {

    /**
     * @param fill background, or null for none
     * @param span how many columns the cell covers
     */
    record Cell(String text, PageFlow.Weight weight, Rgb fill, int span, boolean center) {
        static Cell plain(String text) {
            return new Cell(text, PageFlow.Weight.REGULAR, null, 1, false);
        }

        static Cell head(String text) {
            return new Cell(text, PageFlow.Weight.BOLD, Rgb.HEADER_FILL, 1, true);
        }

        Cell withFill(Rgb f) {
            return new Cell(text, weight, f, span, center);
        }
    }

    static float[] widths(float total, float[] weights) {
        float sum = 0;
        for (float w : weights) {
            sum += w;
        }
        float[] out = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            out[i] = total * weights[i] / sum;
        }
        return out;
    }
}
