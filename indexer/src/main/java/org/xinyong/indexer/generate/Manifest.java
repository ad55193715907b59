package org.xinyong.indexer.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code expected.json}: what a run wrote, so tests and benchmarks know what to expect without
 * re-deriving it. Bad lines themselves are listed in {@code expected-bad-lines.csv}, written as
 * rows are generated (a manifest listing them could grow with the data).
 *
 * @param records data rows across all files, status rows excluded
 */
public record Manifest(long seed, LocalDate today, long records, double badShare, List<String> formats,
                       List<FileEntry> files, List<KnownSubject> knownSubjects, String badLines) {

    /**
     * @param kind the feed kind the file parses as
     * @param encoding UTF-8, UTF-8 (BOM), GBK, or xlsx
     * @param header chinese (national names) or codes (national field codes)
     * @param rows data rows (the header excluded); {@code bad} of them must be rejected
     */
    public record FileEntry(String name, String kind, String encoding, String header, long rows, long bad) {
    }

    /** A subject that is always generated, under the same name and code whatever the seed. */
    public record KnownSubject(String name, String type, String creditCode, String residentId, String region) {
    }

    public long totalBad() {
        return files.stream().mapToLong(FileEntry::bad).sum();
    }
}
