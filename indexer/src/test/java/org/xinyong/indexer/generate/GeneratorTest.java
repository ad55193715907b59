package org.xinyong.indexer.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Tier;
import org.xinyong.indexer.Fixtures;
import org.xinyong.indexer.feed.Feed;
import org.xinyong.indexer.feed.ParsedRow;

class GeneratorTest {
    static final LocalDate TODAY = Fixtures.TODAY;

    static GeneratorOptions options(Path out, long seed, long records, double bad) {
        return new GeneratorOptions(records, seed, out, bad, EnumSet.allOf(OutputFormat.class), TODAY);
    }

    @Test
    void sameSeed_sameBytes_otherSeed_otherData(@TempDir Path dir) throws Exception {
        Generator.write(options(dir.resolve("a"), 11, 600, 0.05));
        Generator.write(options(dir.resolve("b"), 11, 600, 0.05));
        Generator.write(options(dir.resolve("c"), 12, 600, 0.05));
        List<String> names = list(dir.resolve("a"));
        assertEquals(names, list(dir.resolve("b")));
        assertTrue(names.containsAll(List.of("penalties.csv", "penalties-gbk.csv", "penalties.xlsx", "licenses.csv",
                "licenses-gbk.csv", "licenses.xlsx", "redlist.csv", "blacklist.csv", "commitments.csv", "inspections.csv",
                "evaluations.csv", "records.jsonl", "statuses.csv", Generator.MANIFEST, Generator.BAD_LINES)), names.toString());
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)), Files.readAllBytes(dir.resolve("b").resolve(name)),
                    name + " differs between two runs with the same seed");
        }
        assertFalse(Files.readString(dir.resolve("a/penalties.csv")).equals(Files.readString(dir.resolve("c/penalties.csv"))));
    }

    @Test
    void generatedFiles_parseWithExactlyTheManifestsBadRows(@TempDir Path dir) throws Exception {
        Manifest manifest = Generator.write(options(dir, 5, 3000, 0.04));
        assertEquals(3000, manifest.files().stream().filter(f -> !f.name().equals("statuses.csv"))
                .mapToLong(Manifest.FileEntry::rows).sum());
        assertTrue(manifest.totalBad() > 50, "a 4% share of 3000 rows");
        Map<String, Set<Long>> expectedBad = badLines(dir);
        Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
        Set<Tier> tiers = new HashSet<>();
        for (Manifest.FileEntry entry : manifest.files()) {
            Path file = dir.resolve(entry.name());
            long read = 0;
            Set<Long> rejectedLines = new TreeSet<>();
            try (Feed feed = Feed.open(file, java.util.Optional.empty(), Fixtures.context(file))) {
                assertEquals(entry.kind(), feed.kind().name(), entry.name());
                for (Iterator<ParsedRow> it = feed.rows(); it.hasNext(); ) {
                    ParsedRow row = it.next();
                    read++;
                    if (row instanceof ParsedRow.Rejected r) {
                        rejectedLines.add(r.line());
                    } else if (row instanceof ParsedRow.Accepted a) {
                        kinds.add(a.record().kind());
                        tiers.add(a.record().tier());
                    }
                }
            }
            assertEquals(entry.rows(), read, entry.name());
            assertEquals(entry.bad(), rejectedLines.size(), entry.name());
            assertEquals(expectedBad.getOrDefault(entry.name(), Set.of()), rejectedLines, entry.name());
        }
        assertEquals(EnumSet.allOf(RecordKind.class), kinds);
        assertTrue(tiers.containsAll(List.of(Tier.MINOR, Tier.GENERAL, Tier.SERIOUS)), tiers.toString());
    }

    @Test
    void knownSubjects_presentWithTheirCoreNames(@TempDir Path dir) throws Exception {
        Manifest manifest = Generator.write(options(dir, 99, 400, 0.5));
        assertEquals("南通国际家纺产业园有限公司", manifest.knownSubjects().get(0).name());
        List<ParsedRow> rows = Fixtures.parse(dir.resolve("penalties.csv"));
        ParsedRow.Accepted first = (ParsedRow.Accepted) rows.get(0);
        assertEquals("南通国际家纺产业园有限公司", first.subject().name());
        assertEquals("国际家纺产业园", first.subject().coreName());
        assertEquals(manifest.knownSubjects().get(0).creditCode(), first.subject().key());
        long textileNames = Fixtures.accepted(rows).stream().map(a -> a.subject().name())
                .filter(n -> n.startsWith("南通") && n.contains("家纺")).distinct().count();
        assertTrue(textileNames >= 4, "a few 南通…家纺… subjects");
    }

    @Test
    void utf8AndGbkOfTheSameRows_sameIds(@TempDir Path dir) throws Exception {
        Generator.write(new GeneratorOptions(300, 3, dir, 0, EnumSet.of(OutputFormat.CSV), TODAY));
        Path utf8 = dir.resolve("penalties.csv");
        byte[] bytes = Files.readAllBytes(utf8);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        Path gbk = Files.write(dir.resolve("penalties-copy.csv"), text.getBytes(Fixtures.GBK));
        List<String> a = Fixtures.accepted(Fixtures.parse(utf8)).stream().map(x -> x.record().id() + x.record().contentHash()).toList();
        List<String> b = Fixtures.accepted(Fixtures.parse(gbk)).stream().map(x -> x.record().id() + x.record().contentHash()).toList();
        assertFalse(a.isEmpty());
        assertEquals(a, b);
    }

    @Test
    void recordsApi_lazyDeterministicEveryKind() {
        List<String> first = new ArrayList<>();
        Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
        Generator.records(8, 200, TODAY, Fixtures.HASHER).forEachRemaining(a -> {
            first.add(a.record().id());
            kinds.add(a.record().kind());
        });
        List<String> second = new ArrayList<>();
        Generator.records(8, 200, TODAY, Fixtures.HASHER).forEachRemaining(a -> second.add(a.record().id()));
        assertEquals(200, first.size());
        assertEquals(first, second);
        assertEquals(EnumSet.allOf(RecordKind.class), kinds);
        assertEquals(200, new HashSet<>(first).size(), "every generated record has its own id");
    }

    @Test
    void options_parseAndRefuse() {
        GeneratorOptions o = GeneratorOptions.parse("--records", "10_000", "--seed", "4", "--out", "x", "--formats", "csv,jsonl",
                "--bad-share", "0.02", "--today", "2026-01-31");
        assertEquals(10_000, o.records());
        assertEquals(EnumSet.of(OutputFormat.CSV, OutputFormat.JSONL), o.formats());
        assertEquals(LocalDate.of(2026, 1, 31), o.today());
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("--records", "10"));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("--out", "x", "--formats", "pdf"));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("--out", "x", "--bad-share", "2"));
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, Set<Long>> badLines(Path dir) throws Exception {
        Map<String, Set<Long>> out = new HashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve(Generator.BAD_LINES));
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(",");
            out.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(Long.parseLong(parts[1]));
        }
        return out;
    }

    @Test
    void jsonlOnly_holdsEveryKindWithoutPersons(@TempDir Path dir) throws Exception {
        Generator.write(new GeneratorOptions(200, 6, dir, 0, EnumSet.of(OutputFormat.JSONL), TODAY));
        List<ParsedRow> rows = Fixtures.parse(dir.resolve("records.jsonl"));
        assertEquals(200, Fixtures.accepted(rows).size(), () -> Fixtures.rejected(rows).toString());
        assertTrue(Fixtures.accepted(rows).stream().noneMatch(a -> a.record().personIdHash() != null));
    }
}
