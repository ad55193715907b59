package org.xinyong.indexer.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.json.Json;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.indexer.feed.FeedKind;
import org.xinyong.indexer.map.Field;

/** Writes one planned file of rows, spoiling the bad ones and logging where they are. */
final class FileWriters {
    private static final Charset GBK = Charset.forName("GBK");
    private static final ObjectWriter JSON = Json.newMapper().writer();

    private final GeneratorOptions options;
    private final SyntheticRows rows;
    private final BadLineLog badLines;

    FileWriters(GeneratorOptions options, SyntheticRows rows, BadLineLog badLines) {
        this.options = options;
        this.rows = rows;
        this.badLines = badLines;
    }

    Manifest.FileEntry table(FilePlan.Planned planned) throws IOException {
        FilePlan.Spec spec = planned.spec();
        long bad = 0;
        try (RowSink sink = sink(spec)) {
            for (long r = 0; r < planned.rows(); r++) {
                long index = planned.firstIndex() + r;
                Map<Field, String> row = rows.row(spec.kind(), index, true);
                if (BadRows.isBad(options.seed(), spec.kind(), index, options.badShare())) {
                    badLines.add(spec.name(), r + 2, BadRows.spoil(options.seed(), spec.kind(), index, row).name());
                    bad++;
                }
                sink.write(r, spec.layout().project(row));
            }
        }
        return entry(spec, planned.rows(), bad);
    }

    /** The status feed: row k names a good penalty of the tabular files, spread over them. */
    Manifest.FileEntry statuses(long count, long penalties) throws IOException {
        FilePlan.Spec spec = FilePlan.STATUS;
        long bad = 0;
        try (RowSink sink = sink(spec)) {
            for (long k = 0; k < count; k++) {
                long p = Math.floorMod(k * 7919 + 13, penalties);
                for (long tries = 0; tries < penalties && (p < SubjectPool.KNOWN.size()
                        || BadRows.isBad(options.seed(), FeedKind.PENALTY, p, options.badShare())); tries++) {
                    p = (p + 1) % penalties;
                }
                Map<Field, String> row = rows.status(k, p);
                if (BadRows.isBad(options.seed(), FeedKind.STATUS, k, options.badShare())) {
                    badLines.add(spec.name(), k + 2, BadRows.spoil(options.seed(), FeedKind.STATUS, k, row).name());
                    bad++;
                }
                sink.write(k, spec.layout().project(row));
            }
        }
        return entry(spec, count, bad);
    }

    /** records.jsonl: records of every kind (no natural persons), some spoiled in JSON-specific ways. */
    Manifest.FileEntry jsonl(FilePlan.Planned planned, Map<FeedKind, Long> starts) throws IOException {
        FilePlan.Spec spec = planned.spec();
        long bad = 0;
        try (BufferedWriter out = Files.newBufferedWriter(options.out().resolve(spec.name()), StandardCharsets.UTF_8)) {
            for (long j = 0; j < planned.rows(); j++) {
                KindMix.Slot slot = KindMix.slot(j, starts);
                CreditRecord record = rows.record(slot.kind(), slot.index(), false).toBuilder()
                        .source(null).contentHash(null).build();
                String line = JSON.writeValueAsString(record);
                if (BadRows.isBad(options.seed(), slot.kind(), slot.index(), options.badShare())) {
                    Rng rng = Rng.of(options.seed(), 990, j);
                    String problem;
                    switch (rng.nextInt(record.fineAmount() != null ? 5 : 4)) {
                        case 0 -> {
                            problem = "UNKNOWN_PROPERTY";
                            line = "{\"remarks\":\"补充说明\"," + line.substring(1);
                        }
                        case 1 -> {
                            problem = "BAD_CHECKSUM";
                            line = line.replace(record.creditCode(), wrongCheck(record.creditCode()));
                        }
                        case 2 -> {
                            problem = "TRUNCATED_LINE";
                            line = line.substring(0, line.length() / 2);
                        }
                        case 3 -> {
                            problem = "MISSING_NAME";
                            line = JSON.writeValueAsString(record.toBuilder().subjectName(null).build());
                        }
                        default -> {
                            problem = "NEGATIVE_AMOUNT";
                            line = JSON.writeValueAsString(record.toBuilder().fineAmount(-record.fineAmount() - 0.01).build());
                        }
                    }
                    badLines.add(spec.name(), j + 1, problem);
                    bad++;
                }
                out.write(line);
                out.write('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a CreditRecord always serialises", e);
        }
        return entry(spec, planned.rows(), bad);
    }

    private RowSink sink(FilePlan.Spec spec) throws IOException {
        Path file = options.out().resolve(spec.name());
        return switch (spec.format()) {
            case CSV -> new CsvSink(file, StandardCharsets.UTF_8, spec.bom(), spec.layout(), false);
            case GBK -> new CsvSink(file, GBK, false, spec.layout(), true);
            case XLSX -> new XlsxSink(file, spec.layout(),
                    Date.from(options.today().atStartOfDay().toInstant(ZoneOffset.UTC)));
            case JSONL -> throw new IllegalArgumentException("JSON Lines are not a table");
        };
    }

    private static String wrongCheck(String code) {
        char last = code.charAt(17);
        int at = CreditCode.ALPHABET.indexOf(last);
        return code.substring(0, 17) + CreditCode.ALPHABET.charAt((at + 1) % CreditCode.ALPHABET.length());
    }

    private static Manifest.FileEntry entry(FilePlan.Spec spec, long rows, long bad) {
        String encoding = switch (spec.format()) {
            case CSV -> spec.bom() ? "UTF-8 (BOM)" : "UTF-8";
            case GBK -> "GBK";
            case XLSX -> "xlsx";
            case JSONL -> "UTF-8";
        };
        String header = spec.format() == OutputFormat.JSONL ? "-" : spec.format() == OutputFormat.GBK ? "codes" : "chinese";
        return new Manifest.FileEntry(spec.name(), spec.kind().name(), encoding, header, rows, bad);
    }
}
