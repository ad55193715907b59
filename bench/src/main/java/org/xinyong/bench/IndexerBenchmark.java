package org.xinyong.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.json.Json;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.indexer.feed.Feed;
import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.generate.Generator;
import org.xinyong.indexer.generate.GeneratorOptions;
import org.xinyong.indexer.generate.Manifest;
import org.xinyong.indexer.generate.OutputFormat;
import org.xinyong.indexer.load.BulkWriter;
import org.xinyong.indexer.load.IndexAdmin;
import org.xinyong.indexer.load.LoadSummary;
import org.xinyong.indexer.load.RecordLoader;
import org.xinyong.indexer.run.IndexRun;
import org.xinyong.indexer.run.Progress;

/**
 * Issue #3: how fast the indexer rebuilds the indexes from a million records, and how close it
 * comes to a bare bulk loader that sends the very same documents, already serialised, through the
 * same client with the same batch size, concurrency, mapping and bulk settings.
 *
 * <p>Both sides write the records and the subjects the indexer derives from them (about one
 * subject per three records), so docs/s counts both; records/s counts records only. The bare
 * loader's record documents come from parsing the same files (untimed), its subject documents
 * from reading back what the first indexer run wrote (untimed). The indexer's time is all of
 * {@link IndexRun#rebuild}: parse, validate, build, bulk-load, refresh, status changes, alias
 * swap. An untimed warm-up load first lets the freshly started server compile its analysis
 * chain; rounds then alternate which side goes first, and each waits until the server's merges
 * from the previous load have finished. Both sides' CPU seconds are printed too (the server's own
 * figure and this JVM's): unlike wall time, they barely move with the machine's other load.
 *
 * <p>Usage: {@code IndexerBenchmark [records=1000000] [rounds=2] [xlsxRecords=50000]}. The bare
 * loader's documents wait in files of the data home, not on the heap. Feeds are generated
 * once into {@code $XINYONG_HOME/feeds-N} (CSV UTF-8, GBK CSV, JSON Lines) and reused while their
 * base date is today. Leaves the {@code bench} indexes loaded for ApiBenchmark and
 * CheckBenchmark. Set {@code -Dxinyong.es.heap=2g} to change the server's heap (only when this
 * program starts the server).
 */
public final class IndexerBenchmark {
    private static final String BARE_PREFIX = "benchbare";

    private final Bench bench;
    private final ObjectMapper mapper = Json.newMapper();
    private final IdHasher hasher;
    /** The indexer's defaults; -Dbench.batchDocs, -Dbench.batchBytes, -Dbench.concurrency try others on both sides. */
    private final RecordLoader.Options options = new RecordLoader.Options(
            Integer.getInteger("bench.batchDocs", RecordLoader.Options.defaults().batchDocs()),
            Integer.getInteger("bench.batchBytes", RecordLoader.Options.defaults().batchBytes()),
            Integer.getInteger("bench.concurrency", RecordLoader.Options.defaults().concurrency()));

    private IndexerBenchmark(Bench bench) {
        this.bench = bench;
        this.hasher = new IdHasher(bench.config.string("xinyong.id.pepper"));
    }

    public static void main(String[] args) throws Exception {
        long records = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long xlsxRecords = args.length > 2 ? Long.parseLong(args[2].replace("_", "")) : 50_000;
        Bench.header("IndexerBenchmark " + records + " records, " + rounds + " rounds");
        LocalDate today = PublicityRule.today(Clock.systemUTC());
        Path feeds = feeds(Bench.home().resolve("feeds-" + records), records, today,
                EnumSet.of(OutputFormat.CSV, OutputFormat.GBK, OutputFormat.JSONL));
        try (Bench bench = Bench.start(Map.of())) {
            new IndexerBenchmark(bench).run(feeds, today, rounds);
        }
        if (xlsxRecords > 0) {
            Path xlsx = feeds(Bench.home().resolve("feeds-xlsx-" + xlsxRecords), xlsxRecords, today,
                    EnumSet.of(OutputFormat.XLSX));
            Bench.header("xlsx parsing (parse and validate only, no Elasticsearch)");
            parseOnly(xlsx, today, new IdHasher("xinyong-development-pepper-change-me"));
        }
    }

    /** The feeds for {@code records}, generated unless a run for the same base date is there. */
    private static Path feeds(Path dir, long records, LocalDate today, Set<OutputFormat> formats) throws IOException {
        Path manifestFile = dir.resolve(Generator.MANIFEST);
        if (Files.isRegularFile(manifestFile)) {
            Manifest m = Json.newMapper().readValue(manifestFile.toFile(), Manifest.class);
            if (m.records() == records && m.today().equals(today)) {
                System.out.printf("feeds: reusing %s (%d records, base date %s)%n", dir, records, today);
                return dir;
            }
        }
        try (Stream<Path> old = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        long t0 = System.nanoTime();
        Manifest m = Generator.write(new GeneratorOptions(records, 20261125, dir, 0.0, formats, today));
        long bytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                bytes += Files.size(p);
            }
        }
        System.out.printf("feeds: generated %d records (%s) in %.1f s, %d files, %.0f MB, into %s%n", m.records(),
                formats, (System.nanoTime() - t0) / 1e9, m.files().size(), bytes / 1e6, dir);
        return dir;
    }

    private record Doc(String id, byte[] source) {
    }

    /**
     * Documents kept in a file, not on the heap: a gigabyte of them held in this JVM would make its
     * garbage collector work during the indexer's run and charge that to the indexer.
     */
    private static final class DocFile implements AutoCloseable {
        final Path path;
        final long count;

        DocFile(Path path, long count) {
            this.path = path;
            this.count = count;
        }

        static Writer writer(Path path) throws IOException {
            return new Writer(path);
        }

        static final class Writer implements AutoCloseable {
            private final Path path;
            private final java.io.DataOutputStream out;
            private long count;

            Writer(Path path) throws IOException {
                this.path = path;
                this.out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(path), 1 << 20));
            }

            void add(String id, byte[] source) throws IOException {
                out.writeUTF(id);
                out.writeInt(source.length);
                out.write(source);
                count++;
            }

            DocFile finish() throws IOException {
                out.close();
                return new DocFile(path, count);
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        }

        /** Calls {@code each} for the first {@code limit} documents. */
        void forEach(long limit, java.util.function.Consumer<Doc> each) throws IOException {
            try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 20))) {
                for (long i = 0; i < Math.min(limit, count); i++) {
                    String id = in.readUTF();
                    byte[] source = new byte[in.readInt()];
                    in.readFully(source);
                    each.accept(new Doc(id, source));
                }
            }
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(path);
        }
    }

    private void run(Path feeds, LocalDate today, int rounds) throws Exception {
        Bench.header("parse pass (untimed for the comparison): the bare loader's record documents");
        DocFile recordDocs = parseDocuments(feeds, today);
        DocFile subjectDocs = null;
        warmUp(recordDocs);
        List<double[]> indexer = new ArrayList<>();
        List<double[]> bare = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean indexerFirst = round % 2 == 1 || subjectDocs == null;
            for (int side = 0; side < 2; side++) {
                bench.awaitQuiet(180);
                if (indexerFirst == (side == 0)) {
                    indexer.add(indexerRun(feeds, round));
                    if (subjectDocs == null) {
                        subjectDocs = readBack(new IndexNames(Bench.PREFIX).subjects());
                    }
                } else {
                    bare.add(bareRun(recordDocs, subjectDocs, round));
                }
            }
        }
        deleteBare();
        recordDocs.close();
        if (subjectDocs != null) {
            subjectDocs.close();
        }
        Bench.header("IndexerBenchmark summary");
        double[] iDocs = indexer.stream().mapToDouble(r -> r[1]).toArray();
        double[] bDocs = bare.stream().mapToDouble(r -> r[1]).toArray();
        double[] iSecs = indexer.stream().mapToDouble(r -> r[0]).toArray();
        double[] ratios = new double[Math.min(iDocs.length, bDocs.length)];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = iDocs[i] / bDocs[i];
        }
        System.out.printf("indexer rebuild: %s s; docs/s %s%n", Bench.spread(iSecs), Bench.spread(iDocs));
        System.out.printf("bare loader:     docs/s %s%n", Bench.spread(bDocs));
        System.out.printf("ratio indexer/bare per round: %s -> median %.2f (target >= 0.90)%n",
                java.util.Arrays.toString(java.util.Arrays.stream(ratios).map(r -> Math.round(r * 100) / 100.0).toArray()),
                Bench.median(ratios));
        System.out.printf("1M-record target (<= 180 s): median rebuild %.0f s%n", Bench.median(iSecs));
        System.out.printf("options: batchDocs %d, batchBytes %d, concurrency %d%n", options.batchDocs(),
                options.batchBytes(), options.concurrency());
    }

    /**
     * Elasticsearch was just started: its JIT has not yet compiled the analysis chain, and the
     * first load would pay for that. An untimed bare load of the first 200,000 records warms it.
     */
    private void warmUp(DocFile records) throws Exception {
        Bench.header("warm-up: 200,000 records into a throw-away index (untimed)");
        IndexAdmin admin = new IndexAdmin(bench.es.client(), new IndexNames(BARE_PREFIX));
        long t0 = System.nanoTime();
        String index = admin.createVersion(IndexAdmin.Kind.RECORDS, true);
        try (BulkWriter writer = new BulkWriter(bench.es.rest(), mapper, options.batchDocs(), options.batchBytes(),
                options.concurrency(), f -> { })) {
            send(writer, index, records, 200_000);
            writer.flush();
        }
        deleteBare();
        System.out.printf("  %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** Parses every feed as the indexer does and keeps the record documents the indexer would send. */
    private DocFile parseDocuments(Path feeds, LocalDate today) throws Exception {
        DocFile.Writer docs = DocFile.writer(Bench.home().resolve("bare-records.bin"));
        Set<String> ids = new HashSet<>();
        long t0 = System.nanoTime();
        long bytes = 0;
        java.time.Instant stamp = Clock.systemUTC().instant();
        for (Path file : feedsIn(feeds)) {
            long f0 = System.nanoTime();
            long rows = 0;
            try (Feed feed = Feed.open(file, Optional.empty(), FeedContext.forFile(file, hasher, today))) {
                Iterator<ParsedRow> it = feed.rows();
                while (it.hasNext()) {
                    ParsedRow row = it.next();
                    rows++;
                    if (row instanceof ParsedRow.Accepted a && ids.add(a.record().id())) {
                        CreditRecord r = a.record().updatedAt() != null ? a.record()
                                : a.record().toBuilder().updatedAt(stamp).build();
                        byte[] source = mapper.writeValueAsBytes(r);
                        bytes += source.length;
                        docs.add(r.id(), source);
                    }
                }
            }
            double s = (System.nanoTime() - f0) / 1e9;
            System.out.printf("  %-22s %9d rows in %6.1f s = %8.0f rows/s (parse, validate, serialise; 1 thread)%n",
                    file.getFileName(), rows, s, rows / s);
        }
        DocFile file = docs.finish();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  all: %d record documents, %.0f MB of JSON, %.1f s = %.0f docs/s%n", file.count, bytes / 1e6,
                s, file.count / s);
        return file;
    }

    private static void parseOnly(Path feeds, LocalDate today, IdHasher hasher) throws Exception {
        for (Path file : feedsIn(feeds)) {
            for (int pass = 1; pass <= 2; pass++) {
                long f0 = System.nanoTime();
                long rows = 0;
                long accepted = 0;
                try (Feed feed = Feed.open(file, Optional.empty(), FeedContext.forFile(file, hasher, today))) {
                    Iterator<ParsedRow> it = feed.rows();
                    while (it.hasNext()) {
                        rows++;
                        if (it.next() instanceof ParsedRow.Accepted) {
                            accepted++;
                        }
                    }
                }
                double s = (System.nanoTime() - f0) / 1e9;
                System.out.printf("  %-16s pass %d: %8d rows (%d accepted) in %5.1f s = %7.0f rows/s, %.1f MB file%n",
                        file.getFileName(), pass, rows, accepted, s, rows / s, Files.size(file) / 1e6);
            }
        }
    }

    /** One timed rebuild; returns {seconds, docs/s, records/s}. */
    private double[] indexerRun(Path feeds, int round) throws Exception {
        Bench.header("round " + round + ": indexer rebuild");
        Phases phases = new Phases();
        IndexRun run = new IndexRun(bench.es, new IndexNames(Bench.PREFIX), hasher, Clock.systemUTC(), options, phases);
        double esCpu = bench.esCpuSeconds();
        double ownCpu = Bench.ownCpuSeconds();
        long t0 = System.nanoTime();
        LoadSummary summary = run.rebuild(feeds);
        long end = System.nanoTime();
        double s = (end - t0) / 1e9;
        System.out.printf("  CPU: Elasticsearch %.0f s, indexer JVM %.0f s (of %.0f s wall on 2 cores)%n",
                bench.esCpuSeconds() - esCpu, Bench.ownCpuSeconds() - ownCpu, s);
        System.out.printf("  phases: set-up %.1f s, files (parse + records written) %.1f s, after the last file "
                        + "(subjects, refresh, status changes, swap) %.1f s%n", (phases.firstStart - t0) / 1e9,
                (phases.lastFinish - phases.firstStart) / 1e9, (end - phases.lastFinish) / 1e9);
        long docs = summary.added() + summary.updated() + summary.subjects();
        System.out.printf("  %s%n", summary.line());
        System.out.printf("  indexer: %.1f s, %.0f docs/s (records + subjects), %.0f records/s; load after: %s%n", s,
                docs / s, summary.accepted() / s, Bench.load());
        long mergeStart = System.nanoTime();
        bench.awaitQuiet(300);
        System.out.printf("  after the swap, the background merge into one segment: %.0f s (not part of the rebuild; "
                + "the 3 s of quiet the wait needs included)%n", (System.nanoTime() - mergeStart) / 1e9);
        return new double[] {s, docs / s, summary.accepted() / s};
    }

    /** When the files of a run started and finished, to split its time into phases. */
    private static final class Phases implements Progress {
        long firstStart;
        long lastFinish;

        @Override
        public void fileStarted(String file, long expectedRows) {
            if (firstStart == 0) {
                firstStart = System.nanoTime();
            }
        }

        @Override
        public void rows(long rowsInFile) {
        }

        @Override
        public void fileFinished(String file, long rowsInFile, long rejectedInFile) {
            lastFinish = System.nanoTime();
        }
    }

    /** One timed bare load of the same documents into fresh indexes; returns {seconds, docs/s, records/s}. */
    private double[] bareRun(DocFile records, DocFile subjects, int round) throws Exception {
        Bench.header("round " + round + ": bare bulk loader");
        deleteBare();
        IndexAdmin admin = new IndexAdmin(bench.es.client(), new IndexNames(BARE_PREFIX));
        AtomicLong failures = new AtomicLong();
        long recordsDone;
        double esCpu = bench.esCpuSeconds();
        double ownCpu = Bench.ownCpuSeconds();
        long t0 = System.nanoTime();
        String recordsIndex = admin.createVersion(IndexAdmin.Kind.RECORDS, true);
        String subjectsIndex = admin.createVersion(IndexAdmin.Kind.SUBJECTS, true);
        try (BulkWriter writer = new BulkWriter(bench.es.rest(), mapper, options.batchDocs(), options.batchBytes(),
                options.concurrency(), f -> failures.incrementAndGet())) {
            send(writer, recordsIndex, records, Long.MAX_VALUE);
            writer.flush();
            recordsDone = System.nanoTime();
            send(writer, subjectsIndex, subjects, Long.MAX_VALUE);
            writer.flush();
        }
        admin.finishBulk(recordsIndex);
        admin.finishBulk(subjectsIndex);
        long end = System.nanoTime();
        double s = (end - t0) / 1e9;
        System.out.printf("  CPU: Elasticsearch %.0f s, loader JVM %.0f s (of %.0f s wall on 2 cores)%n",
                bench.esCpuSeconds() - esCpu, Bench.ownCpuSeconds() - ownCpu, s);
        System.out.printf("  phases: records %.1f s, subjects and refresh %.1f s%n", (recordsDone - t0) / 1e9,
                (end - recordsDone) / 1e9);
        long docs = records.count + subjects.count;
        System.out.printf("  bare: %d records + %d subjects (%d refused) in %.1f s, %.0f docs/s, %.0f records/s; "
                + "load after: %s%n", records.count, subjects.count, failures.get(), s, docs / s, records.count / s,
                Bench.load());
        return new double[] {s, docs / s, records.count / s};
    }

    private static void send(BulkWriter writer, String index, DocFile docs, long limit) throws IOException {
        byte[] prefix = ("{\"index\":{\"_index\":\"" + index + "\",\"_id\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] middle = "\"}}\n".getBytes(StandardCharsets.UTF_8);
        docs.forEach(limit, d -> {
            byte[] id = d.id().getBytes(StandardCharsets.UTF_8);
            byte[] line = new byte[prefix.length + id.length + middle.length + d.source().length + 1];
            int o = 0;
            System.arraycopy(prefix, 0, line, o, prefix.length);
            o += prefix.length;
            System.arraycopy(id, 0, line, o, id.length);
            o += id.length;
            System.arraycopy(middle, 0, line, o, middle.length);
            o += middle.length;
            System.arraycopy(d.source(), 0, line, o, d.source().length);
            line[line.length - 1] = '\n';
            writer.appendRaw(line, d.id(), null);
        });
    }

    private void deleteBare() {
        IndexAdmin admin = new IndexAdmin(bench.es.client(), new IndexNames(BARE_PREFIX));
        admin.deleteUnusedVersions(IndexAdmin.Kind.RECORDS);
        admin.deleteUnusedVersions(IndexAdmin.Kind.SUBJECTS);
    }

    /** Every document of {@code index} as it is stored, read with a scroll (untimed). */
    private DocFile readBack(String index) throws IOException {
        long t0 = System.nanoTime();
        DocFile.Writer out = DocFile.writer(Bench.home().resolve("bare-subjects.bin"));
        Request first = new Request("POST", "/" + index + "/_search");
        first.addParameter("scroll", "2m");
        first.setEntity(new StringEntity("{\"size\": 5000, \"sort\": [\"_doc\"]}", ContentType.APPLICATION_JSON));
        JsonNode page = json(bench.es.rest().performRequest(first));
        while (page.path("hits").path("hits").size() > 0) {
            for (JsonNode hit : page.path("hits").path("hits")) {
                out.add(hit.path("_id").asText(), mapper.writeValueAsBytes(hit.path("_source")));
            }
            Request next = new Request("POST", "/_search/scroll");
            next.setEntity(new StringEntity("{\"scroll\": \"2m\", \"scroll_id\": \"" + page.path("_scroll_id").asText()
                    + "\"}", ContentType.APPLICATION_JSON));
            page = json(bench.es.rest().performRequest(next));
        }
        DocFile file = out.finish();
        System.out.printf("  read back %d subject documents from %s in %.1f s (untimed)%n", file.count, index,
                (System.nanoTime() - t0) / 1e9);
        return file;
    }

    private JsonNode json(Response response) throws IOException {
        return mapper.readTree(response.getEntity().getContent());
    }

    /** The feeds of a directory exactly as {@code IndexRun.rebuild} picks them. */
    static List<Path> feedsIn(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".csv") || n.endsWith(".xlsx") || n.endsWith(".jsonl"))
                        && !n.endsWith(".rejects.csv") && !n.startsWith("expected");
            }).sorted().toList();
        }
    }
}
