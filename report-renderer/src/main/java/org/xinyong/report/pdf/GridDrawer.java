package org.xinyong.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xinyong.report.pdf.Grid.Cell;

/**
 * Draws a {@link Grid} from the cursor down, across as many pages as it needs. A row that does not
 * fit moves to the next page (after the repeated header); a row taller than a whole page is split
 * line by line, so nothing is ever cut off, however long a cell's text.
 */
final class GridDrawer {
    static final float SIZE = 8.5f;
    static final float LEAD = 12.2f;
    static final float PAD_X = 3.5f;
    private static final float PAD_Y = 3.5f;
    private static final float BASELINE = SIZE * 0.88f + (LEAD - SIZE) / 2;

    private final PageFlow flow;

    GridDrawer(PageFlow flow) {
        this.flow = flow;
    }

    /** Wrapped lines of every cell of a row. */
    private record Laid(List<Cell> cells, List<List<String>> lines) {
        int maxLines() {
            int m = 1;
            for (List<String> l : lines) {
                m = Math.max(m, l.size());
            }
            return m;
        }

        float height() {
            return maxLines() * LEAD + 2 * PAD_Y;
        }

        Laid take(int n) {
            return new Laid(cells, lines.stream().map(l -> l.subList(0, Math.min(n, l.size()))).toList());
        }

        Laid drop(int n) {
            return new Laid(cells, lines.stream().map(l -> l.subList(Math.min(n, l.size()), l.size())).toList());
        }
    }

    /**
     * The height the grid needs on this page before it is worth starting here: the header and the
     * first row (or a few lines of it, if it is too tall for any page), so a header never sits
     * alone at the foot of a page.
     */
    float startHeight(Grid grid) {
        float header = 0;
        for (List<Cell> row : grid.header()) {
            header += lay(grid, row).height();
        }
        if (grid.rows().isEmpty()) {
            return header;
        }
        float first = lay(grid, grid.rows().get(0)).height();
        return header + (first <= PageFlow.pageHeight() - header ? first : 3 * LEAD + 2 * PAD_Y);
    }

    void draw(Grid grid) throws IOException {
        List<Laid> header = new ArrayList<>(grid.header().size());
        float headerHeight = 0;
        for (List<Cell> row : grid.header()) {
            Laid laid = lay(grid, row);
            header.add(laid);
            headerHeight += laid.height();
        }
        flow.ensure(startHeight(grid));
        drawRows(grid, header);
        for (List<Cell> row : grid.rows()) {
            Laid laid = lay(grid, row);
            while (true) {
                float h = laid.height();
                if (h <= flow.remaining()) {
                    drawRow(grid, laid);
                    break;
                }
                boolean fitsOnFreshPage = h <= PageFlow.pageHeight() - headerHeight;
                int room = (int) ((flow.remaining() - 2 * PAD_Y) / LEAD);
                if (!fitsOnFreshPage && room >= 1) {
                    drawRow(grid, laid.take(room));
                    laid = laid.drop(room);
                }
                flow.newPage();
                drawRows(grid, header);
            }
        }
    }

    private void drawRows(Grid grid, List<Laid> rows) throws IOException {
        for (Laid row : rows) {
            drawRow(grid, row);
        }
    }

    private Laid lay(Grid grid, List<Cell> row) {
        List<List<String>> lines = new ArrayList<>(row.size());
        int col = 0;
        for (Cell cell : row) {
            float w = span(grid, col, cell.span()) - 2 * PAD_X;
            Typeface face = flow.face(cell.weight());
            lines.add(TextWrap.wrap(face.clean(cell.text()), face, SIZE, w));
            col += cell.span();
        }
        return new Laid(row, lines);
    }

    private static float span(Grid grid, int from, int n) {
        float w = 0;
        for (int i = from; i < from + n && i < grid.widths().length; i++) {
            w += grid.widths()[i];
        }
        return w;
    }

    private void drawRow(Grid grid, Laid row) throws IOException {
        float top = flow.y();
        float h = row.height();
        float x = PageFlow.LEFT;
        int col = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            Cell cell = row.cells().get(i);
            float w = span(grid, col, cell.span());
            if (cell.fill() != null) {
                flow.fillRect(x, top - h, w, h, cell.fill());
            }
            List<String> lines = row.lines().get(i);
            Typeface face = flow.face(cell.weight());
            for (int k = 0; k < lines.size(); k++) {
                String line = lines.get(k);
                float tx = x + PAD_X;
                if (cell.center()) {
                    tx = x + (w - face.width(line, SIZE)) / 2;
                }
                flow.text(line, tx, top - PAD_Y - BASELINE - k * LEAD, cell.weight(), SIZE, Rgb.BLACK);
            }
            x += w;
            col += cell.span();
        }
        // one path of cell outlines, one stroke: shared edges overlap exactly and look like one rule
        flow.stroke(Rgb.RULE, 0.5f);
        ContentWriter out = flow.out();
        x = PageFlow.LEFT;
        col = 0;
        for (Cell cell : row.cells()) {
            float w = span(grid, col, cell.span());
            out.rect(x, top - h, w, h);
            x += w;
            col += cell.span();
        }
        out.op("S");
        flow.down(h);
    }
}
