package org.xinyong.indexer.generate;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.xinyong.core.json.Json;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.indexer.feed.FeedKind;
import org.xinyong.indexer.feed.ParsedRow;

/**
 * Synthetic department feeds for the districts of Nantong: every kind, every format and encoding
 * the indexer reads, with a chosen share of rows spoiled the ways real feeds go wrong. Output is a
 * pure function of the options (same seed, same bytes) and is streamed, so ten million rows take
 * no more memory than ten. See the module README for the files and {@code expected.json}.
 */
public final class Generator {
    public static final String MANIFEST = "expected.json";
    public static final String BAD_LINES = "expected-bad-lines.csv";

    private Generator() {
    }

    /** The {@code generate} command: prints what it wrote; exit 2 on bad options, 1 on I/O failure. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            Manifest manifest = write(GeneratorOptions.parse(args));
            for (Manifest.FileEntry f : manifest.files()) {
                out.printf("%-20s %-11s %10d rows %8d bad%n", f.name(), f.kind(), f.rows(), f.bad());
            }
            out.printf("%d records (%d bad) for seed %d, base date %s; manifest %s%n", manifest.records(),
                    manifest.totalBad(), manifest.seed(), manifest.today(), MANIFEST);
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("generate: cannot write: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Writes the files, {@value #MANIFEST} and {@value #BAD_LINES} into {@code options.out()}. */
    public static Manifest write(GeneratorOptions options) throws IOException {
        Files.createDirectories(options.out());
        List<FilePlan.Planned> plan = FilePlan.plan(options.records(), options.formats());
        SyntheticRows rows = new SyntheticRows(options.seed(), poolSize(options.records()), options.today(),
                new IdHasher(SyntheticRows.SAMPLE_PEPPER));
        Map<FeedKind, Long> tabularEnd = new EnumMap<>(FeedKind.class);
        for (FilePlan.Planned p : plan) {
            if (p.spec().kind() != FeedKind.JSONL) {
                tabularEnd.merge(p.spec().kind(), p.rows(), Long::sum);
            }
        }
        List<Manifest.FileEntry> files = new ArrayList<>();
        try (BadLineLog badLines = new BadLineLog(options.out().resolve(BAD_LINES))) {
            FileWriters writers = new FileWriters(options, rows, badLines);
            for (FilePlan.Planned p : plan) {
                files.add(p.spec().kind() == FeedKind.JSONL ? writers.jsonl(p, tabularEnd) : writers.table(p));
            }
            long penalties = tabularEnd.getOrDefault(FeedKind.PENALTY, 0L);
            if (options.formats().contains(OutputFormat.CSV) && penalties > SubjectPool.KNOWN.size()) {
                files.add(writers.statuses(Math.max(1, penalties / 100), penalties));
            }
        }
        Manifest manifest = new Manifest(options.seed(), options.today(), options.records(), options.badShare(),
                options.formats().stream().sorted().map(f -> f.name().toLowerCase(Locale.ROOT)).toList(),
                files, knownSubjects(), BAD_LINES);
        Json.newMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(options.out().resolve(MANIFEST).toFile(), manifest);
        return manifest;
    }

    /**
     * Valid sample records in memory, for a first run without files: {@code n} records of every kind
     * in a fixed mix (penalties and licences most), lazily. Records are the parser's own output, so
     * they carry ids, tiers, windows and content hashes exactly as loaded files would.
     *
     * @param hasher the deployment's ID hasher (some subjects are natural persons)
     */
    public static Iterator<ParsedRow.Accepted> records(long seed, long n, LocalDate today, IdHasher hasher) {
        SyntheticRows rows = new SyntheticRows(seed, poolSize(n), today, hasher);
        return new Iterator<>() {
            private long j;

            @Override
            public boolean hasNext() {
                return j < n;
            }

            @Override
            public ParsedRow.Accepted next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                KindMix.Slot slot = KindMix.slot(j++, Map.of());
                return rows.accepted(slot.kind(), slot.index(), rows.row(slot.kind(), slot.index(), true));
            }
        };
    }

    /** About three records per subject, as in real data where most subjects have a few. */
    private static long poolSize(long records) {
        return records / 3 + SubjectPool.KNOWN.size();
    }

    private static List<Manifest.KnownSubject> knownSubjects() {
        return SubjectPool.KNOWN.stream().map(s -> new Manifest.KnownSubject(s.name(), s.type().name(), s.creditCode(),
                s.residentId(), s.region())).toList();
    }
}
