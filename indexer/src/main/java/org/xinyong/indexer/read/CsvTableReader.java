package org.xinyong.indexer.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.xinyong.indexer.feed.FeedException;

/**
 * A CSV (or tab-separated) file in a detected encoding, streamed record by record. Empty lines are
 * kept as blank rows so that record numbers stay equal to the row numbers Excel shows, which is
 * what a clerk looks for when a reject names a line.
 */
public final class CsvTableReader implements TableReader {
    private final Path file;
    private final EncodingDetector.Detected encoding;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvTableReader(Path file, EncodingDetector.Detected encoding, CSVParser parser) {
        this.file = file;
        this.encoding = encoding;
        this.parser = parser;
        this.records = parser.iterator();
    }

    public static CsvTableReader open(Path file) throws FeedException {
        EncodingDetector.Detected encoding;
        try {
            encoding = EncodingDetector.detect(file);
        } catch (IOException e) {
            throw new FeedException(file, "无法读取文件（" + e.getMessage() + "）", e);
        }
        BufferedReader reader = null;
        try {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(encoding.bomLength());
            reader = new BufferedReader(new InputStreamReader(in, encoding.strictDecoder()), 1 << 16);
            char delimiter = detectDelimiter(reader);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .setTrim(false)
                    .get();
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            return new CsvTableReader(file, encoding, parser);
        } catch (CharacterCodingException e) {
            closeQuietly(reader);
            throw undecodable(file, encoding, 1);
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(reader);
            throw new FeedException(file, "无法读取文件（" + e.getMessage() + "）", e);
        }
    }

    /** Comma unless the header line has more tabs (Excel's "Unicode text") or semicolons. */
    static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        char[] buf = new char[1 << 16];
        int n = reader.read(buf, 0, buf.length);
        reader.reset();
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < Math.max(n, 0); i++) {
            char c = buf[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public RawRow next() throws FeedException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            return new RawRow(record.getRecordNumber(), Arrays.asList(record.values()));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw undecodable(file, encoding, parser.getCurrentLineNumber());
            }
            throw new FeedException(file, "CSV 格式错误（约第" + (parser.getCurrentLineNumber() + 1)
                    + "行）：双引号不成对或引号后有多余字符，请检查该行附近含引号或换行的字段", e);
        } catch (IllegalStateException e) {
            throw new FeedException(file, "CSV 格式错误（约第" + (parser.getCurrentLineNumber() + 1) + "行）", e);
        }
    }

    private static FeedException undecodable(Path file, EncodingDetector.Detected encoding, long line) {
        return new FeedException(file, "约第" + Math.max(line, 1) + "行有无法按 " + encoding.label()
                + " 解码的字节：文件可能混用了 UTF-8 和 GBK 编码，或已损坏；请统一另存为“CSV UTF-8”后重新报送");
    }

    @Override
    public String encoding() {
        return encoding.label();
    }

    @Override
    public boolean excelDates() {
        return false;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static void closeQuietly(BufferedReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // the open failure is what the user needs to hear about
            }
        }
    }
}
