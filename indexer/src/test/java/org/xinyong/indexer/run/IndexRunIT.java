package org.xinyong.indexer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.es.IndexTemplates;
import org.xinyong.core.es.Visibility;
import org.xinyong.core.json.Json;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.indexer.generate.Generator;
import org.xinyong.indexer.generate.GeneratorOptions;
import org.xinyong.indexer.generate.Manifest;
import org.xinyong.indexer.generate.OutputFormat;
import org.xinyong.indexer.load.IndexAdmin;
import org.xinyong.indexer.load.LoadSummary;
import org.xinyong.indexer.load.RecordLoader;
import org.xinyong.testing.ElasticsearchTestServer;

/** Index runs against the real server: formats, rejects, idempotence, rebuilds and publicity. */
class IndexRunIT {
    private static final IdHasher HASHER = new IdHasher("indexer-it-pepper-0123456789");

    private final ElasticsearchTestServer server = ElasticsearchTestServer.global();
    private final EsClients es = server.clients();
    private String prefix;
    private IndexNames names;

    @TempDir
    Path dir;

    @BeforeEach
    void prefix() {
        prefix = ElasticsearchTestServer.uniquePrefix(IndexRunIT.class);
        names = new IndexNames(prefix);
    }

    @AfterEach
    void cleanUp() {
        server.deleteIndexes(prefix);
    }

    private IndexRun run() {
        return new IndexRun(es, names, HASHER, Clock.systemUTC(), RecordLoader.Options.defaults(), Progress.NONE);
    }

    private Manifest generate(Path out, int records, double badShare) throws IOException {
        return Generator.write(new GeneratorOptions(records, 42, out, badShare, EnumSet.allOf(OutputFormat.class),
                PublicityRule.today(Clock.systemUTC())));
    }

    private long count(String field, String value) throws IOException {
        return es.client().count(c -> c.index(names.records())
                .query(q -> q.term(t -> t.field(field).value(FieldValue.of(value))))).count();
    }

    @Test
    void rebuild_everyFormatAndEncoding_loadsGoodRowsAndRejectsBadOnes() throws Exception {
        Manifest manifest = generate(dir, 3_000, 0.03);
        LoadSummary summary = run().rebuild(dir);

        long rows = manifest.files().stream().mapToLong(Manifest.FileEntry::rows).sum();
        assertEquals(rows, summary.read(), summary.line());
        assertEquals(summary.read(), summary.accepted() + summary.rejected(), "nothing is lost");
        assertTrue(summary.rejected() >= manifest.totalBad(), summary.line());

        // every bad line the generator spoiled is in its file's rejects, with a reason
        Map<String, Set<String>> rejectedLines = new java.util.HashMap<>();
        for (Manifest.FileEntry f : manifest.files()) {
            Path rejects = dir.resolve(f.name() + ".rejects.csv");
            Set<String> lines = new HashSet<>();
            if (Files.exists(rejects)) {
                for (String line : Files.readAllLines(rejects, StandardCharsets.UTF_8).subList(1, Files.readAllLines(rejects).size())) {
                    String[] cells = line.replace("\uFEFF", "").split(",", 4);
                    lines.add(cells[0]);
                    assertFalse(cells[2].isBlank(), "a reason for line " + cells[0] + " of " + f.name());
                }
            }
            rejectedLines.put(f.name(), lines);
            assertEquals(f.bad(), lines.size(), f.name() + " (" + f.encoding() + ")");
        }
        for (String line : Files.readAllLines(dir.resolve(Generator.BAD_LINES)).subList(1, (int) (manifest.totalBad() + 1))) {
            String[] cells = line.split(",", 3);
            assertTrue(rejectedLines.get(cells[0]).contains(cells[1]), "spoiled line " + line + " was rejected");
        }
        for (String kind : List.of("PENALTY", "LICENSE", "RED_LIST", "BLACK_LIST", "COMMITMENT", "INSPECTION", "EVALUATION")) {
            assertTrue(count("kind", kind) > 0, kind + " loaded");
        }
    }

    @Test
    void loadInPlace_intoAnIndexOfAnOlderMapping_addsTheNewFieldAndStillSaysRebuild() throws Exception {
        // a live records index as an older release made it: no decisionYear, and a field defined
        // otherwise (version 1 indexed titles without offsets), which cannot change in place
        ObjectNode older = (ObjectNode) Json.newMapper().readTree(IndexTemplates.recordsMapping());
        ((ObjectNode) older.path("_meta")).put("version", 1);
        ((ObjectNode) older.path("properties")).remove("decisionYear");
        ((ObjectNode) older.path("properties").path("title")).put("index_options", "positions");
        String index = names.records() + "-v20250101-000000-000";
        es.client().indices().create(c -> c.index(index)
                .settings(st -> st.withJson(new java.io.StringReader(IndexTemplates.analysis())))
                .mappings(m -> m.withJson(new java.io.StringReader(older.toString())))
                .aliases(names.records(), a -> a.isWriteIndex(true)));

        generate(dir, 300, 0);
        LoadSummary summary = run().loadInPlace(List.of(dir.resolve("penalties.csv")), Optional.empty(), Optional.empty());

        assertTrue(summary.added() > 0, summary.line());
        assertEquals(0, summary.rejected(), summary.line());
        long withYear = es.client().count(c -> c.index(names.records()).query(q -> q.exists(e -> e.field("decisionYear")))).count();
        assertEquals(summary.added(), withYear, "every new document carries the decision's year");
        List<String> outdated = new IndexAdmin(es.client(), names).outdated();
        assertTrue(outdated.stream().anyMatch(o -> o.startsWith(index)), "the older index still asks for a rebuild: " + outdated);
    }

    @Test
    void loadInPlace_sameFileTwice_isANoOpAndACorrectionUpdates() throws Exception {
        generate(dir, 600, 0);
        Path penalties = dir.resolve("penalties.csv");
        LoadSummary first = run().loadInPlace(List.of(penalties), Optional.empty(), Optional.empty());
        assertTrue(first.added() > 0);
        LoadSummary second = run().loadInPlace(List.of(penalties), Optional.empty(), Optional.empty());
        assertEquals(0, second.added(), second.line());
        assertEquals(0, second.updated(), second.line());
        assertEquals(first.accepted(), second.unchanged(), second.line());

        List<String> lines = new ArrayList<>(Files.readAllLines(penalties, StandardCharsets.UTF_8));
        String original = lines.get(1);
        lines.set(1, original.replaceFirst("存在", "经复核存在"));
        Files.write(penalties, lines, StandardCharsets.UTF_8);
        LoadSummary third = run().loadInPlace(List.of(penalties), Optional.empty(), Optional.empty());
        assertEquals(1, third.updated(), third.line());
        assertEquals(0, third.added(), third.line());
    }

    @Test
    void rebuild_underConcurrentSearches_neverErrorsNorEmpties() throws Exception {
        generate(dir, 1_500, 0);
        run().rebuild(dir);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread searcher = new Thread(() -> {
            while (running.get()) {
                try {
                    SearchResponse<JsonNode> r = es.client().search(s -> s.index(names.records()).size(1)
                            .query(q -> q.match(m -> m.field("subjectName").query("南通"))), JsonNode.class);
                    if (r.hits().total().value() == 0) {
                        failure.compareAndSet(null, new AssertionError("empty result during the rebuild"));
                    }
                    searches.incrementAndGet();
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }
        });
        searcher.start();
        try {
            run().rebuild(dir);
            run().rebuild(dir);
        } finally {
            running.set(false);
            searcher.join();
        }
        assertEquals(null, failure.get(), "searches during rebuilds");
        assertTrue(searches.get() > 20, "searched throughout: " + searches.get());
        IndexAdmin admin = new IndexAdmin(es.client(), names);
        assertEquals(0, admin.deleteUnusedVersions(IndexAdmin.Kind.RECORDS).size(), "old versions are gone");
    }

    @Test
    void loadInPlace_expiredMinorRepairedAndRevoked_areKeptButInvisible() throws Exception {
        LocalDate today = PublicityRule.today(Clock.systemUTC());
        String code = "91320602MA1XYW0017";
        String validCode = code.substring(0, 17) + org.xinyong.core.code.CreditCode.checkCharacter(code.substring(0, 17));
        String header = "行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚机关\n";
        String rows = String.join("\n",
                row("南通可见测试有限公司", validCode, "可见罚〔1〕1号", "罚款", "5", today.minusDays(10)),
                row("南通可见测试有限公司", validCode, "过期罚〔1〕2号", "罚款", "5", today.minusYears(2)),
                row("南通可见测试有限公司", validCode, "轻微罚〔1〕3号", "警告", "", today.minusDays(5)),
                row("南通可见测试有限公司", validCode, "修复罚〔1〕4号", "罚款", "5", today.minusDays(200)),
                row("南通可见测试有限公司", validCode, "撤销罚〔1〕5号", "罚款", "5", today.minusDays(20))) + "\n";
        Path penalties = dir.resolve("penalties.csv");
        Files.writeString(penalties, header + rows, StandardCharsets.UTF_8);
        Path statuses = dir.resolve("statuses.csv");
        Files.writeString(statuses, "记录类型,行政处罚决定书文号,处罚机关,新状态,状态日期,说明\n"
                + "行政处罚,修复罚〔1〕4号,南通市市场监督管理局,信用修复," + today.minusDays(1) + ",已修复\n"
                + "行政处罚,撤销罚〔1〕5号,南通市市场监督管理局,撤销," + today.minusDays(1) + ",复议撤销\n"
                + "行政处罚,不存在罚〔1〕9号,南通市市场监督管理局,撤销," + today.minusDays(1) + ",无此记录\n", StandardCharsets.UTF_8);
        LoadSummary summary = run().loadInPlace(List.of(penalties, statuses), Optional.empty(), Optional.empty());
        assertEquals(5 + 3, summary.read(), summary.line());
        assertEquals(2, summary.statusChanges(), summary.line());
        assertEquals(1, summary.rejected(), "a status for an unknown record is rejected: " + summary.line());

        for (String number : List.of("可见罚〔1〕1号", "过期罚〔1〕2号", "轻微罚〔1〕3号", "修复罚〔1〕4号", "撤销罚〔1〕5号")) {
            assertEquals(1, count("documentNumber", number), number + " is kept for audit");
        }
        SearchResponse<JsonNode> visible = es.client().search(s -> s.index(names.records()).size(10)
                .query(q -> q.bool(b -> b.filter(Visibility.publicOnly())
                        .filter(f -> f.term(t -> t.field("creditCode").value(validCode))))), JsonNode.class);
        assertEquals(List.of("可见罚〔1〕1号"), visible.hits().hits().stream()
                .map(h -> h.source().path("documentNumber").asText()).toList());
    }

    private static String row(String name, String code, String number, String category, String fine, LocalDate date) {
        return String.join(",", name, "法人及非法人组织", code, number, "违反规定", "经查存在违法行为", "《某条例》第一条",
                category, category, fine, date.toString(), "南通市市场监督管理局");
    }
}
