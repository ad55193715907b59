package org.xinyong.indexer.feed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.xinyong.indexer.map.HeaderLocator;
import org.xinyong.indexer.map.KindDetector;
import org.xinyong.indexer.read.CsvTableReader;
import org.xinyong.indexer.read.FeedFormat;
import org.xinyong.indexer.read.FormatSniffer;
import org.xinyong.indexer.read.JsonLinesReader;
import org.xinyong.indexer.read.RawRow;
import org.xinyong.indexer.read.RowSource;
import org.xinyong.indexer.read.TableReader;
import org.xinyong.indexer.read.XlsxTableReader;
import org.xinyong.indexer.validate.RowValidator;
import org.xinyong.indexer.validate.Validators;

/**
 * One department feed file, opened, recognised and validated row by row. Opening reads only what
 * it needs to decide the format, encoding, header and kind; {@link #rows()} then streams, so a
 * file of any size is read in bounded memory. Every problem with the file as a whole is a {@link
 * FeedException} from {@link #open}; every problem with a row is a {@link ParsedRow.Rejected}.
 *
 * <pre>{@code
 * try (Feed feed = Feed.open(path, Optional.empty(), FeedContext.forFile(path, hasher, today));
 *      RejectWriter rejects = RejectWriter.forFeed(feed)) {
 *     feed.rows().forEachRemaining(row -> ...);
 * }
 * }</pre>
 */
public final class Feed implements AutoCloseable {
    private final Path file;
    private final FeedKind kind;
    private final RowSource source;
    private final RowValidator validator;
    private final List<String> header;
    private final List<String> ignoredColumns;
    private boolean iterated;

    private Feed(Path file, FeedKind kind, RowSource source, RowValidator validator, List<String> header,
                 List<String> ignoredColumns) {
        this.file = file;
        this.kind = kind;
        this.source = source;
        this.validator = validator;
        this.header = header;
        this.ignoredColumns = ignoredColumns;
    }

    /**
     * @param kindOverride the kind to read the file as (the {@code --kind} flag); empty to detect it
     *     from the header. JSON Lines files are recognised by content and take no override but JSONL.
     */
    public static Feed open(Path file, Optional<FeedKind> kindOverride, FeedContext ctx) throws FeedException {
        FeedFormat format = FormatSniffer.sniff(file);
        if (format == FeedFormat.JSONL) {
            if (kindOverride.isPresent() && kindOverride.get() != FeedKind.JSONL) {
                throw new FeedException(file, "这是 JSON Lines 文件（每行一条记录，记录自带类型），不能按“"
                        + kindOverride.get().label() + "”读取");
            }
            RowSource rows = new RowSource(JsonLinesReader.open(file));
            return new Feed(file, FeedKind.JSONL, rows, Validators.forKind(FeedKind.JSONL, null, ctx, false, false),
                    List.of("原始内容"), List.of());
        }
        if (kindOverride.isPresent() && kindOverride.get() == FeedKind.JSONL) {
            throw new FeedException(file, "这不是 JSON Lines 文件（每行应为一个以 { 开头的 JSON 对象）");
        }
        TableReader reader = format == FeedFormat.XLSX ? XlsxTableReader.open(file) : CsvTableReader.open(file);
        RowSource rows = new RowSource(reader);
        try {
            HeaderLocator.Located located = HeaderLocator.locate(rows, file);
            KindDetector.Detection detection = KindDetector.detect(located.header(), file, kindOverride);
            RowValidator validator = Validators.forKind(detection.kind(), detection.header(), ctx, reader.excelDates(),
                    detection.overridden());
            return new Feed(file, detection.kind(), rows, validator, located.row().cells(),
                    detection.header().unknownColumns());
        } catch (FeedException | RuntimeException e) {
            closeQuietly(rows);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public FeedKind kind() {
        return kind;
    }

    /** The text encoding detected ("UTF-8", "UTF-8 (BOM)", "GB18030"), or "xlsx". */
    public String encoding() {
        return source.reader().encoding();
    }

    /** The header row as the file has it; JSON Lines have the single pseudo-column 原始内容. */
    public List<String> header() {
        return header;
    }

    /** Columns no dictionary knows: ignored, and worth telling the department about. */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /**
     * The data rows, validated, in file order; blank rows are skipped. One pass only. A file that
     * turns out to be broken half-way (an unclosed quote, a cut-off worksheet) throws
     * {@link UncheckedFeedException} from {@code hasNext()}.
     */
    public Iterator<ParsedRow> rows() {
        if (iterated) {
            throw new IllegalStateException("rows() of " + file.getFileName() + " was already called; a feed is read once");
        }
        iterated = true;
        return new Iterator<>() {
            private RawRow next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = source.next();
                    } catch (FeedException e) {
                        throw new UncheckedFeedException(e);
                    }
                }
                return next != null;
            }

            @Override
            public ParsedRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RawRow row = next;
                next = null;
                return validator.validate(row);
            }
        };
    }

    @Override
    public void close() {
        closeQuietly(source);
    }

    private static void closeQuietly(RowSource rows) {
        try {
            rows.close();
        } catch (IOException ignored) {
            // closing a file we only read cannot lose data
        }
    }
}
