package org.xinyong.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinyong.indexer.Fixtures;

class ReadersTest {

    @Test
    void detect_bomUtf8GbkAscii(@TempDir Path dir) throws Exception {
        assertEquals("UTF-8 (BOM)", EncodingDetector.detect(Fixtures.write(dir, "a", StandardCharsets.UTF_8, true, "名称")).label());
        assertEquals("UTF-8", EncodingDetector.detect(Fixtures.write(dir, "b", StandardCharsets.UTF_8, false, "名称")).label());
        assertEquals("GB18030", EncodingDetector.detect(Fixtures.write(dir, "c", Fixtures.GBK, false, "名称,处罚机关")).label());
        assertEquals("UTF-8", EncodingDetector.detect(Fixtures.write(dir, "d", StandardCharsets.US_ASCII, false, "a,b")).label());
        assertEquals("UTF-16LE", EncodingDetector.detect(Files.write(dir.resolve("e"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}))
                .label());
    }

    @Test
    void sniff_byContentNotName(@TempDir Path dir) throws Exception {
        assertEquals(FeedFormat.JSONL, FormatSniffer.sniff(Fixtures.utf8(dir, "records.txt", "{\"kind\":\"PENALTY\"}")));
        assertEquals(FeedFormat.CSV, FormatSniffer.sniff(Fixtures.utf8(dir, "data.txt", "名称,代码")));
        assertEquals(FeedFormat.XLSX, FormatSniffer.sniff(Files.write(dir.resolve("x.csv"), new byte[] {'P', 'K', 3, 4, 0})));
    }

    @Test
    void csv_tabDelimitedAndQuotedNewlines(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "t.txt", "名称\t代码", "\"甲\n乙\"\t1", "", "丙\t2");
        try (CsvTableReader reader = CsvTableReader.open(file)) {
            assertEquals(List.of("名称", "代码"), reader.next().cells());
            RawRow quoted = reader.next();
            assertEquals(List.of("甲\n乙", "1"), quoted.cells());
            assertEquals(2, quoted.line(), "a record is one spreadsheet row, whatever its newlines");
            assertTrue(reader.next().isBlank());
            assertEquals(4, reader.next().line());
        }
    }

    @Test
    void toCsv_quotesOnlyWhatNeedsIt() {
        assertEquals("a,\"b,c\",\"d\"\"e\",\" f\"", RawRow.toCsv(List.of("a", "b,c", "d\"e", " f")));
    }
}
