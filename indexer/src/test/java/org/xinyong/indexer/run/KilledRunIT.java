package org.xinyong.indexer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.indexer.generate.Generator;
import org.xinyong.indexer.generate.GeneratorOptions;
import org.xinyong.indexer.generate.OutputFormat;
import org.xinyong.indexer.load.IndexAdmin;
import org.xinyong.indexer.load.IndexLock;
import org.xinyong.indexer.load.IndexLockedException;
import org.xinyong.indexer.load.LoadSummary;
import org.xinyong.indexer.load.RecordLoader;
import org.xinyong.testing.ElasticsearchTestServer;

/**
 * A rebuild killed half-way (SIGKILL: no cleanup runs) leaves the live data untouched, and the
 * next run takes over the dead run's lock, finishes, and removes the half-built index.
 */
class KilledRunIT {
    private final ElasticsearchTestServer server = ElasticsearchTestServer.global();
    private final EsClients es = server.clients();
    private final String prefix = ElasticsearchTestServer.uniquePrefix(KilledRunIT.class);
    private final IndexNames names = new IndexNames(prefix);

    @TempDir
    Path dir;

    @AfterEach
    void cleanUp() {
        server.deleteIndexes(prefix);
    }

    private IndexRun run() {
        return new IndexRun(es, names, new IdHasher("indexer-it-pepper-0123456789"), Clock.systemUTC(),
                RecordLoader.Options.defaults(), Progress.NONE);
    }

    private long liveCount() throws Exception {
        return es.client().count(c -> c.index(names.records())).count();
    }

    @Test
    void secondIndexer_whileOneHoldsTheLock_isRefusedWithTheHolder() {
        new IndexAdmin(es.client(), names).ensureLive();
        try (IndexLock held = IndexLock.acquire(es.client(), names.meta(), java.time.Duration.ofMinutes(2), Clock.systemUTC())) {
            IndexLockedException refused = org.junit.jupiter.api.Assertions.assertThrows(IndexLockedException.class,
                    () -> IndexLock.acquire(es.client(), names.meta(), java.time.Duration.ofMinutes(2), Clock.systemUTC()));
            assertTrue(refused.getMessage().contains(held.owner()), refused.getMessage());
        }
        IndexLock.acquire(es.client(), names.meta(), java.time.Duration.ofMinutes(2), Clock.systemUTC()).close();
    }

    @Test
    void killedRebuild_leavesOldDataLive_andRerunFinishes() throws Exception {
        Path small = Files.createDirectory(dir.resolve("small"));
        Path big = Files.createDirectory(dir.resolve("big"));
        var today = PublicityRule.today(Clock.systemUTC());
        Generator.write(new GeneratorOptions(300, 1, small, 0, EnumSet.of(OutputFormat.CSV), today));
        Generator.write(new GeneratorOptions(12_000, 2, big, 0, EnumSet.of(OutputFormat.CSV), today));
        run().rebuild(small);
        long before = liveCount();
        IndexAdmin admin = new IndexAdmin(es.client(), names);
        String liveIndex = admin.current(IndexAdmin.Kind.RECORDS).orElseThrow();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RebuildMain.class.getName(),
                server.url().toString(), prefix, big.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            boolean halfWay = false;
            while (!halfWay && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(200);
                var indices = es.client().cat().indices(c -> c.index(prefix + "-records-v*")).valueBody();
                halfWay = indices.stream().anyMatch(i -> !i.index().equals(liveIndex)
                        && i.docsCount() != null && Long.parseLong(i.docsCount()) > 0);
            }
            assertTrue(halfWay, "the child was writing a new version: " + Files.readString(dir.resolve("child.log")));
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        assertEquals(liveIndex, admin.current(IndexAdmin.Kind.RECORDS).orElseThrow(), "the alias did not move");
        assertEquals(before, liveCount(), "searches still see the old data, all of it");

        LoadSummary rerun = run().rebuild(big);
        assertFalse(admin.current(IndexAdmin.Kind.RECORDS).orElseThrow().equals(liveIndex));
        assertEquals(rerun.added() + rerun.updated(), liveCount(), "no duplicates: " + rerun.line());
        List<String> leftovers = admin.deleteUnusedVersions(IndexAdmin.Kind.RECORDS);
        assertEquals(List.of(), leftovers, "the half-built version was removed by the re-run");
    }
}
