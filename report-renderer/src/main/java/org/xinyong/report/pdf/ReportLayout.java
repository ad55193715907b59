package org.xinyong.report.pdf;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.xinyong.report.CreditReport;
import org.xinyong.report.CreditReport.Block;
import org.xinyong.report.CreditReport.Count;
import org.xinyong.report.CreditReport.Field;
import org.xinyong.report.CreditReport.Fields;
import org.xinyong.report.CreditReport.Paragraph;
import org.xinyong.report.CreditReport.Section;
import org.xinyong.report.CreditReport.Table;
import org.xinyong.report.ReportNumbers;
import org.xinyong.report.pdf.Grid.Cell;
import org.xinyong.report.pdf.PageFlow.Weight;

/**
 * Lays a {@link CreditReport} out on A4 pages, top to bottom: title block, badges, basic
 * information, summary, sections 一 to 十 and 报告说明. Page decorations that need the page count
 * (running header, footer) are added afterwards by {@link PageFurniture}.
 */
final class ReportLayout {
    private static final float WIDTH = PageFlow.RIGHT - PageFlow.LEFT;
    private static final float BODY = 9f;
    private static final float BODY_LEAD = 14f;
    private static final float LABEL_WIDTH = 78f;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PageFlow flow;
    private final GridDrawer grids;
    private final Seal seal;

    ReportLayout(PageFlow flow, Seal seal) {
        this.flow = flow;
        this.grids = new GridDrawer(flow);
        this.seal = seal;
    }

    void layout(CreditReport report) throws IOException {
        CreditReport.Header h = report.header();
        TitleBlock.draw(flow, h, seal);
        grids.draw(fieldGrid(List.of(new Field("报告编号", h.number()), new Field("版本号", h.version()),
                new Field("生成时间", TIME.format(h.generatedAt().withZoneSameInstant(ReportNumbers.ZONE))),
                new Field("出具单位", h.issuer()),
                new Field("数据截至", TIME.format(h.dataAsOf().withZoneSameInstant(ReportNumbers.ZONE))))));
        flow.down(10);
        badges(report.badges());
        heading("主体基本信息");
        grids.draw(fieldGrid(report.basicInfo()));
        flow.down(10);
        heading("信用信息概要");
        grids.draw(summaryGrid(report.summary()));
        flow.down(6);
        for (Section section : report.sections()) {
            flow.down(8);
            heading(section.number() + "、" + section.title());
            for (Block block : section.blocks()) {
                block(block);
            }
        }
        flow.down(8);
        heading("报告说明");
        List<String> notes = report.notes();
        for (int i = 0; i < notes.size(); i++) {
            paragraph((i + 1) + ". " + notes.get(i), BODY, Rgb.GREY);
        }
    }

    private void block(Block block) throws IOException {
        if (block instanceof Paragraph p) {
            paragraph(p.text(), BODY, Rgb.BLACK);
        } else if (block instanceof Fields f) {
            grids.draw(fieldGrid(f.fields()));
            flow.down(6);
        } else if (block instanceof Table t) {
            Grid grid = tableGrid(t);
            if (!t.caption().isEmpty()) {
                // keep the caption with the table's header and first row
                flow.ensure(BODY_LEAD + grids.startHeight(grid));
                caption(t.caption());
            }
            grids.draw(grid);
            flow.down(6);
        }
    }

    private void heading(String text) throws IOException {
        float size = 11.5f;
        // a heading at the foot of a page with nothing under it reads as a mistake
        flow.ensure(size * 1.8f + 3 * BODY_LEAD);
        float baseline = flow.y() - size;
        flow.fillRect(PageFlow.LEFT, baseline - 2.5f, 3f, size + 3f, Rgb.NAVY);
        flow.text(flow.face(Weight.BOLD).clean(text), PageFlow.LEFT + 8, baseline, Weight.BOLD, size, Rgb.NAVY);
        flow.down(size * 1.8f);
    }

    private void caption(String text) throws IOException {
        float size = 9.5f;
        flow.text(flow.face(Weight.BOLD).clean(text), PageFlow.LEFT, flow.y() - size, Weight.BOLD, size, Rgb.BLACK);
        flow.down(BODY_LEAD + 2);
    }

    private void paragraph(String text, float size, Rgb color) throws IOException {
        Typeface face = flow.face(Weight.REGULAR);
        for (String line : TextWrap.wrap(face.clean(text), face, size, WIDTH)) {
            flow.ensure(BODY_LEAD);
            flow.text(line, PageFlow.LEFT, flow.y() - size - 1, Weight.REGULAR, size, color);
            flow.down(BODY_LEAD);
        }
        flow.down(3);
    }

    private void badges(List<CreditReport.Badge> badges) throws IOException {
        if (badges.isEmpty()) {
            return;
        }
        float size = 9.5f;
        float h = 17;
        float x = PageFlow.LEFT;
        float top = flow.y();
        Typeface face = flow.face(Weight.BOLD);
        for (CreditReport.Badge badge : badges) {
            String label = face.clean(badge.label());
            float w = face.width(label, size) + 16;
            flow.fillRect(x, top - h, w, h, tone(badge.tone()));
            flow.text(label, x + 8, top - h + 5, Weight.BOLD, size, Rgb.WHITE);
            x += w + 8;
        }
        flow.down(h + 12);
    }

    private static Rgb tone(CreditReport.Tone tone) {
        return switch (tone) {
            case GOOD -> new Rgb(0.11f, 0.55f, 0.30f);
            case BAD -> new Rgb(0.80f, 0.13f, 0.13f);
            case WARNING -> new Rgb(0.88f, 0.50f, 0.05f);
            case NEUTRAL -> new Rgb(0.33f, 0.43f, 0.58f);
        };
    }

    /** Label–value pairs two to a row; a value too long for half a row gets a row of its own. */
    private Grid fieldGrid(List<Field> fields) {
        float valueWidth = WIDTH / 2 - LABEL_WIDTH;
        float[] widths = {LABEL_WIDTH, valueWidth, LABEL_WIDTH, valueWidth};
        Typeface face = flow.face(Weight.REGULAR);
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> pending = new ArrayList<>();
        for (Field f : fields) {
            Cell label = new Cell(f.label(), Weight.BOLD, Rgb.LABEL_FILL, 1, false);
            boolean wide = face.width(face.clean(f.value()), GridDrawer.SIZE) > valueWidth - 8;
            if (wide) {
                rows.add(List.of(label, new Cell(f.value(), Weight.REGULAR, null, 3, false)));
                continue;
            }
            pending.add(label);
            pending.add(Cell.plain(f.value()));
            if (pending.size() == 4) {
                rows.add(List.copyOf(pending));
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            rows.add(List.of(pending.get(0), new Cell(pending.get(1).text(), Weight.REGULAR, null, 3, false)));
        }
        return new Grid(widths, List.of(), rows);
    }

    /** Three category–count pairs to a row. */
    private static Grid summaryGrid(List<Count> counts) {
        float[] widths = Grid.widths(WIDTH, new float[] {2.2f, 0.8f, 2.2f, 0.8f, 2.2f, 0.8f});
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        for (Count c : counts) {
            row.add(new Cell(c.label(), Weight.REGULAR, Rgb.LABEL_FILL, 1, false));
            row.add(new Cell(c.count() + " 条", c.count() > 0 ? Weight.BOLD : Weight.REGULAR, null, 1, true));
            if (row.size() == 6) {
                rows.add(List.copyOf(row));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            while (row.size() < 6) {
                row.add(Cell.plain(""));
            }
            rows.add(List.copyOf(row));
        }
        return new Grid(widths, List.of(), rows);
    }

    private Grid tableGrid(Table t) {
        List<Cell> header = new ArrayList<>(t.columns().size());
        for (CreditReport.Column c : t.columns()) {
            header.add(Cell.head(c.header()));
        }
        List<List<Cell>> rows = new ArrayList<>(t.rows().size());
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> values = t.rows().get(r);
            Rgb fill = r % 2 == 1 ? Rgb.STRIPE : null;
            List<Cell> cells = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                // the first column is the row number: centred, like the national report
                cells.add(new Cell(values.get(i), Weight.REGULAR, fill, 1, i == 0));
            }
            rows.add(cells);
        }
        float[] widths = ColumnFit.widths(t, WIDTH, flow.face(Weight.REGULAR), GridDrawer.SIZE, GridDrawer.PAD_X);
        return new Grid(widths, List.of(header), rows);
    }
}
