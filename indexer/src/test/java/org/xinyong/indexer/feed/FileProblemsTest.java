package org.xinyong.indexer.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyong.indexer.Fixtures.CODE_B;
import static org.xinyong.indexer.Fixtures.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinyong.indexer.Fixtures;

/** Files that cannot be read at all fail with a FeedException naming the file and what to do. */
class FileProblemsTest {
    static final String HEADER = "行政相对人名称,统一社会信用代码,行政处罚决定书文号,处罚类别,罚款金额（万元）,处罚决定日期,处罚机关";

    @Test
    void binaryGarbage_feedException(@TempDir Path dir) throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path file = Files.write(dir.resolve("data.csv"), noise);
        FeedException e = assertThrows(FeedException.class, () -> parse(file));
        assertTrue(e.getMessage().startsWith("文件 data.csv："), e.getMessage());
        assertTrue(e.getMessage().contains("二进制"), e.getMessage());
    }

    @Test
    void truncatedXlsx_feedException(@TempDir Path dir) throws IOException {
        byte[] whole = XlsxFeedTest.workbook(HEADER.split(","), new Object[][] {
            {"南通金梭家纺有限公司", CODE_B, "通市监罚〔2025〕1号", "警告", null, "2025-01-02", "南通市市场监督管理局"}});
        Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        FeedException e = assertThrows(FeedException.class, () -> parse(file));
        assertTrue(e.getMessage().contains("已损坏或不完整"), e.getMessage());
    }

    @Test
    void emptyOldXlsPdfArchiveAndMislabelled_feedException(@TempDir Path dir) throws IOException {
        assertMessage(Files.write(dir.resolve("empty.csv"), new byte[0]), "文件为空");
        assertMessage(Files.write(dir.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2}), ".xls");
        assertMessage(Files.write(dir.resolve("a.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)), "PDF");
        assertMessage(Files.write(dir.resolve("a.csv.gz"), new byte[] {0x1F, (byte) 0x8B, 8, 0}), "压缩包");
        assertMessage(Files.writeString(dir.resolve("text.xlsx"), HEADER), "不是 Excel 工作簿");
        assertMessage(dir.resolve("missing.csv"), "文件不存在");
    }

    @Test
    void unknownHeader_orMissingRequiredColumn_feedException(@TempDir Path dir) throws IOException {
        assertMessage(Fixtures.utf8(dir, "what.csv", "甲,乙,丙", "1,2,3"), "没有找到可识别的表头");
        assertMessage(Fixtures.utf8(dir, "partial.csv", "行政相对人名称,统一社会信用代码,行政处罚决定书文号,处罚类别,处罚机关",
                "a," + CODE_B + ",x,警告,y"), "缺少必填列：处罚决定日期");
        assertMessage(Fixtures.utf8(dir, "subjects.csv", "行政相对人名称,统一社会信用代码,法定代表人", "a," + CODE_B + ",b"),
                "无法从表头识别数据类型");
    }

    @Test
    void kindOverride_missingColumns_named(@TempDir Path dir) throws IOException {
        Path file = Fixtures.utf8(dir, "x.csv", HEADER, "a," + CODE_B + ",x,警告,,2025-01-01,y");
        FeedException e = assertThrows(FeedException.class, () -> parse(file, FeedKind.LICENSE));
        assertTrue(e.getMessage().contains("按“行政许可”读取，但缺少必填列："), e.getMessage());
        assertTrue(e.getMessage().contains("许可类别") && e.getMessage().contains("许可决定日期"), e.getMessage());
    }

    @Test
    void mixedEncodingHalfWay_uncheckedFeedExceptionFromIteration(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((HEADER + ",备注\r\n").getBytes(StandardCharsets.UTF_8));
        String good = "南通金梭家纺有限公司," + CODE_B + ",通市监罚〔2025〕1号,警告,,2025-01-02,南通市市场监督管理局,";
        out.write((good + "\r\n").getBytes(StandardCharsets.UTF_8));
        // one long remark carries the file past the detector's sample before the GBK row comes
        out.write((good.replace("1号", "2号") + "\"").getBytes(StandardCharsets.UTF_8));
        out.write("备注".repeat(3 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
        out.write("\"\r\n".getBytes(StandardCharsets.UTF_8));
        out.write((good.replace("1号", "3号") + "\r\n").getBytes(Fixtures.GBK));
        Path file = Files.write(dir.resolve("mixed.csv"), out.toByteArray());
        try (Feed feed = Feed.open(file, Optional.empty(), Fixtures.context(file))) {
            assertEquals("UTF-8", feed.encoding());
            // the decoder reads ahead, so the failure may come a row early; it must come, and say why
            UncheckedFeedException e = assertThrows(UncheckedFeedException.class, () -> feed.rows().forEachRemaining(r -> { }));
            assertTrue(e.getCause().getMessage().contains("混用了 UTF-8 和 GBK"), e.getMessage());
        }
    }

    @Test
    void unclosedQuote_feedExceptionAtOpenOrWhileReading(@TempDir Path dir) throws Exception {
        String good = "南通金梭家纺有限公司," + CODE_B + ",通市监罚〔2025〕1号,警告,,2025-01-02,南通市市场监督管理局";
        // right under the header the look-ahead for a second header row meets it at open
        FeedException atOpen = assertThrows(FeedException.class,
                () -> parse(Fixtures.utf8(dir, "early.csv", HEADER, "\"" + good)));
        assertTrue(atOpen.getMessage().contains("引号"), atOpen.getMessage());
        Path late = Fixtures.utf8(dir, "late.csv", HEADER, good, good.replace("1号", "2号"), "\"" + good);
        try (Feed feed = Feed.open(late, Optional.empty(), Fixtures.context(late))) {
            var rows = feed.rows();
            rows.next();
            rows.next();
            UncheckedFeedException e = assertThrows(UncheckedFeedException.class, rows::hasNext);
            assertTrue(e.getCause().getMessage().contains("引号"), e.getMessage());
        }
    }

    private static void assertMessage(Path file, String expected) {
        FeedException e = assertThrows(FeedException.class, () -> parse(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
    }
}
