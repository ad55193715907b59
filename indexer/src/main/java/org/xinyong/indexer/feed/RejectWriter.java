package org.xinyong.indexer.feed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The rejects file a department gets back: UTF-8 with a BOM and CRLF, so Excel opens it as Chinese
 * text. Columns: 行号, 问题字段, 原因, then the original row's own columns under its own header, so
 * the clerk can correct the cells in place, delete the first three columns and send the rows again.
 * (For JSON Lines the original line is one column, 原始内容.)
 *
 * <p>Written to a temporary file and moved into place on {@link #close()}; when there were no
 * rejects, a stale rejects file from an earlier run is removed instead, so the file next to an
 * input always describes the last run.
 */
public final class RejectWriter implements AutoCloseable {
    public static final String SUFFIX = ".rejects.csv";
    private static final List<String> LEAD = List.of("行号", "问题字段", "原因");

    private final Path target;
    private final Path temp;
    private final List<String> originalHeader;
    private final boolean splitRows;
    private CSVPrinter printer;
    private long count;

    private RejectWriter(Path target, List<String> originalHeader, boolean splitRows) {
        this.target = target;
        this.temp = target.resolveSibling(target.getFileName() + ".tmp");
        this.originalHeader = List.copyOf(originalHeader);
        this.splitRows = splitRows;
    }

    /** Rejects of {@code feed} into {@code <input>.rejects.csv} next to the input. */
    public static RejectWriter forFeed(Feed feed) {
        return to(defaultPath(feed.file()), feed);
    }

    /** Rejects of {@code feed} into the given file. */
    public static RejectWriter to(Path target, Feed feed) {
        return new RejectWriter(target, feed.header(), feed.kind() != FeedKind.JSONL);
    }

    /**
     * Rejects into the given file, for callers without a {@link Feed}.
     *
     * @param originalHeader the input's header; rows are CSV lines re-split under it
     */
    public static RejectWriter to(Path target, List<String> originalHeader) {
        return new RejectWriter(target, originalHeader, true);
    }

    public static Path defaultPath(Path input) {
        return input.resolveSibling(input.getFileName() + SUFFIX);
    }

    public void write(ParsedRow.Rejected rejected) throws IOException {
        write(rejected.line(), rejected.originalRow(), rejected.field(), rejected.reason());
    }

    /** The same as {@link #write(ParsedRow.Rejected)}, in the shape of a reject callback. */
    public void write(long line, String originalRow, String field, String reason) throws IOException {
        if (printer == null) {
            OutputStream out = Files.newOutputStream(temp);
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.RFC4180);
            List<String> header = new ArrayList<>(LEAD);
            header.addAll(originalHeader);
            printer.printRecord(header);
        }
        List<String> record = new ArrayList<>(List.of(String.valueOf(line), field, reason));
        record.addAll(splitRows ? split(originalRow) : List.of(originalRow));
        printer.printRecord(record);
        count++;
    }

    public long count() {
        return count;
    }

    public Path target() {
        return target;
    }

    /** Moves the rejects into place, or removes a stale rejects file when this run had none. */
    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close();
            printer = null;
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else if (count == 0) {
            Files.deleteIfExists(target);
        }
    }

    private static List<String> split(String csvLine) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csvLine)).setFormat(CSVFormat.RFC4180).get()) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of("") : records.get(0).toList();
        } catch (IOException | RuntimeException e) {
            return List.of(csvLine); // not one CSV record after all: keep it whole rather than lose it
        }
    }
}
