package org.xinyong.indexer.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinyong.indexer.Fixtures.CODE_A;
import static org.xinyong.indexer.Fixtures.CODE_B;
import static org.xinyong.indexer.Fixtures.accepted;
import static org.xinyong.indexer.Fixtures.parse;
import static org.xinyong.indexer.Fixtures.rejected;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.indexer.Fixtures;

class XlsxFeedTest {
    static final String[] HEADER = {"行政处罚信息公示表"};

    /** A workbook with shared strings (what Excel writes); dates as cells, numbers as numbers. */
    static byte[] workbook(String[] header, Object[][] rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("处罚");
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("not this sheet");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof LocalDateTime t) {
                        cell.setCellValue(t);
                        cell.setCellStyle(date);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void firstSheet_dateCellsSerialsAndNumbers(@TempDir Path dir) throws Exception {
        String[] header = {"行政相对人名称", "统一社会信用代码", "行政处罚决定书文号", "处罚类别", "罚款金额（万元）", "处罚决定日期",
            "公示截止期", "处罚机关"};
        Path file = Files.write(dir.resolve("penalties.xlsx"), workbook(header, new Object[][] {
            {"南通金梭家纺有限公司", CODE_B, "通市监罚〔2025〕1号", "罚款", 0.1 + 0.2 + 1, LocalDate.of(2025, 1, 2), null,
                "南通市市场监督管理局"},
            {"南通国际家纺产业园有限公司", CODE_A, "通市监罚〔2025〕2号", "警告", null, 45296, null, "南通市市场监督管理局"},
            {"南通国际家纺产业园有限公司", CODE_A, "通市监罚〔2025〕3号", "罚款", 2, LocalDateTime.of(2025, 2, 3, 10, 30),
                "2025-12-31", "南通市市场监督管理局"},
            {"南通国际家纺产业园有限公司", CODE_A, "通市监罚〔2025〕4号", "罚款", -2, "2025-02-30", null, "南通市市场监督管理局"}}));
        try (Feed feed = Feed.open(file, Optional.empty(), Fixtures.context(file))) {
            assertEquals("xlsx", feed.encoding());
            assertEquals(FeedKind.PENALTY, feed.kind());
        }
        var rows = parse(file);
        List<CreditRecord> records = accepted(rows).stream().map(ParsedRow.Accepted::record).toList();
        assertEquals(3, records.size(), () -> rejected(rows).toString());
        assertEquals(1.3, records.get(0).fineAmount(), 1e-12, "15 significant digits, as Excel shows");
        assertEquals(LocalDate.of(2025, 1, 2), records.get(0).decisionDate());
        assertEquals(LocalDate.of(2024, 1, 5), records.get(1).decisionDate(), "a bare serial in a date column");
        assertEquals(LocalDate.of(2025, 2, 3), records.get(2).decisionDate(), "a date-time cell");
        assertEquals(LocalDate.of(2026, 1, 1), records.get(2).publicityEnd());
        assertEquals(5, rejected(rows).get(0).line(), "xlsx line = worksheet row");
        assertEquals("罚款金额（万元）；处罚决定日期", rejected(rows).get(0).field());
    }

    @Test
    void titleRowAndCodeRow_aboveData(@TempDir Path dir) throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("行政许可信息公示表（2025年第1期）");
            String[][] rows = {
                {"行政相对人名称", "统一社会信用代码", "行政许可决定文书号", "许可类别", "许可决定日期", "有效期至", "许可机关"},
                {"XK_XDR_MC", "XK_XDR_SHXYM", "XK_WSH", "XK_XKLB", "XK_JDRQ", "XK_YXQZI", "XK_XKJG"},
                {"南通金梭家纺有限公司", CODE_B, "通行审许〔2025〕1号", "普通许可", "2025-01-02", "长期", "南通市行政审批局"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            bytes = out.toByteArray();
        }
        Path file = Files.write(dir.resolve("licences.xlsx"), bytes);
        var rows = parse(file);
        assertEquals(1, rows.size());
        CreditRecord r = accepted(rows).get(0).record();
        assertEquals("普通", r.category());
        assertEquals(LocalDate.of(2099, 12, 31), r.validTo());
        assertEquals(5, rows.get(0).line());
    }
}
