package org.xinyong.indexer.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An xlsx workbook written with POI's streaming SXSSF (a window of rows in memory, the rest
 * flushed to a temporary file), with dates as date-formatted numbers and amounts as numbers, as
 * a department's Excel export has them. The creation time is pinned so the same data gives the
 * same bytes.
 */
final class XlsxSink implements RowSink {
    /** The most data rows a worksheet holds (1,048,576 rows less the header). */
    static final long MAX_ROWS = 1_048_575;
    private static final int WINDOW = 200;

    private final Path file;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private final Layout layout;
    private final CellStyle dateStyle;
    private int next;

    XlsxSink(Path file, Layout layout, Date created) {
        this.file = file;
        this.layout = layout;
        PoiTempFiles.usePrivateDirectory();
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(created));
        this.sheet = workbook.createSheet("数据");
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Row header = sheet.createRow(next++);
        List<String> names = layout.header();
        for (int i = 0; i < names.size(); i++) {
            header.createCell(i).setCellValue(names.get(i));
        }
    }

    @Override
    public void write(long index, List<String> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            if (v.isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (layout.columns().get(i).type()) {
                case DATE -> date(cell, v);
                case AMOUNT -> amount(cell, v);
                default -> cell.setCellValue(v);
            }
        }
    }

    private void date(Cell cell, String v) {
        try {
            cell.setCellValue(LocalDate.parse(v));
            cell.setCellStyle(dateStyle);
        } catch (DateTimeParseException e) {
            cell.setCellValue(v); // 长期, or a deliberately bad date: text, as a clerk would type it
        }
    }

    private static void amount(Cell cell, String v) {
        try {
            cell.setCellValue(Double.parseDouble(v.replace(",", "")));
        } catch (NumberFormatException e) {
            cell.setCellValue(v);
        }
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes the streamed rows' temporary file (POI 5)
        }
    }
}
