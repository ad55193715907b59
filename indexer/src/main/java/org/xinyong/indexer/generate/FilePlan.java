package org.xinyong.indexer.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinyong.indexer.feed.FeedKind;

/**
 * Which files a run writes and how many rows each gets. The requested record count is shared out
 * over the enabled files by weight (largest remainder, so the total is exact); within a kind,
 * files take consecutive ranges of the kind's row index, so no two files hold the same record.
 * The status feed comes on top of the count: one row per hundred penalties.
 */
final class FilePlan {
    /** @param bom whether a UTF-8 file starts with a byte-order mark (some do, as Excel writes them) */
    record Spec(String name, FeedKind kind, OutputFormat format, Layout layout, int weight, boolean bom) {
    }

    /** @param firstIndex where this file's rows start in its kind's row index */
    record Planned(Spec spec, long rows, long firstIndex) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("penalties.csv", FeedKind.PENALTY, OutputFormat.CSV, Layouts.PENALTY_CHINESE, 20, true),
            new Spec("penalties-gbk.csv", FeedKind.PENALTY, OutputFormat.GBK, Layouts.PENALTY_CODES, 10, false),
            new Spec("penalties.xlsx", FeedKind.PENALTY, OutputFormat.XLSX, Layouts.PENALTY_CHINESE, 5, false),
            new Spec("licenses.csv", FeedKind.LICENSE, OutputFormat.CSV, Layouts.LICENSE_CHINESE, 12, false),
            new Spec("licenses-gbk.csv", FeedKind.LICENSE, OutputFormat.GBK, Layouts.LICENSE_CODES, 6, false),
            new Spec("licenses.xlsx", FeedKind.LICENSE, OutputFormat.XLSX, Layouts.LICENSE_CHINESE, 7, false),
            new Spec("redlist.csv", FeedKind.RED_LIST, OutputFormat.CSV, Layouts.RED_LIST, 4, false),
            new Spec("blacklist.csv", FeedKind.BLACK_LIST, OutputFormat.CSV, Layouts.BLACK_LIST, 6, false),
            new Spec("commitments.csv", FeedKind.COMMITMENT, OutputFormat.CSV, Layouts.COMMITMENT, 10, false),
            new Spec("inspections.csv", FeedKind.INSPECTION, OutputFormat.CSV, Layouts.INSPECTION, 12, true),
            new Spec("evaluations.csv", FeedKind.EVALUATION, OutputFormat.CSV, Layouts.EVALUATION, 8, false),
            new Spec("records.jsonl", FeedKind.JSONL, OutputFormat.JSONL, null, 5, false));
    static final Spec STATUS = new Spec("statuses.csv", FeedKind.STATUS, OutputFormat.CSV, Layouts.STATUS, 0, false);

    private FilePlan() {
    }

    static List<Planned> plan(long records, Set<OutputFormat> formats) {
        List<Spec> enabled = SPECS.stream().filter(s -> formats.contains(s.format())).toList();
        if (enabled.isEmpty()) {
            throw new IllegalArgumentException("no files to write for formats " + formats);
        }
        long[] rows = share(records, enabled);
        capWorksheets(enabled, rows);
        Map<FeedKind, Long> next = new EnumMap<>(FeedKind.class);
        List<Planned> out = new ArrayList<>();
        for (int i = 0; i < enabled.size(); i++) {
            Spec spec = enabled.get(i);
            long first = next.getOrDefault(spec.kind(), 0L);
            next.put(spec.kind(), first + rows[i]);
            out.add(new Planned(spec, rows[i], first));
        }
        return out;
    }

    private static long[] share(long records, List<Spec> enabled) {
        int total = enabled.stream().mapToInt(Spec::weight).sum();
        long[] rows = new long[enabled.size()];
        long given = 0;
        double[] remainders = new double[enabled.size()];
        for (int i = 0; i < rows.length; i++) {
            double exact = (double) records * enabled.get(i).weight() / total;
            rows[i] = (long) Math.floor(exact);
            remainders[i] = exact - rows[i];
            given += rows[i];
        }
        for (long left = records - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < rows.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            rows[best]++;
            remainders[best] = -1;
        }
        return rows;
    }

    /** A worksheet holds about a million rows; the overflow goes to another file of the same kind. */
    private static void capWorksheets(List<Spec> enabled, long[] rows) {
        for (int i = 0; i < rows.length; i++) {
            if (enabled.get(i).format() != OutputFormat.XLSX || rows[i] <= XlsxSink.MAX_ROWS) {
                continue;
            }
            long overflow = rows[i] - XlsxSink.MAX_ROWS;
            int target = -1;
            for (int j = 0; j < rows.length && target < 0; j++) {
                if (j != i && enabled.get(j).kind() == enabled.get(i).kind() && enabled.get(j).format() != OutputFormat.XLSX) {
                    target = j;
                }
            }
            if (target < 0) {
                throw new IllegalArgumentException(enabled.get(i).name() + " would need " + rows[i]
                        + " rows, more than a worksheet holds; add the csv or gbk format");
            }
            rows[i] = XlsxSink.MAX_ROWS;
            rows[target] += overflow;
        }
    }
}
