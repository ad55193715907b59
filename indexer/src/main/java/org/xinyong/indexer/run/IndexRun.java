package org.xinyong.indexer.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.es.Freshness;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.json.Json;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.core.workflow.Journal;
import org.xinyong.core.workflow.JournalApplier;
import org.xinyong.core.workflow.JournalEntry;
import org.xinyong.indexer.feed.Feed;
import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.FeedException;
import org.xinyong.indexer.feed.FeedKind;
import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.feed.RejectWriter;
import org.xinyong.indexer.generate.Generator;
import org.xinyong.indexer.load.IndexAdmin;
import org.xinyong.indexer.load.IndexLock;
import org.xinyong.indexer.load.LoadSummary;
import org.xinyong.indexer.load.RecordLoader;

/**
 * One run of the indexer: files into the live indexes (in place), or a whole directory into new
 * index versions that replace the live ones atomically (rebuild). Holds the index lock throughout,
 * writes each file's rejects next to it, and bumps the data generation when done.
 */
public final class IndexRun {
    private static final Logger LOG = LoggerFactory.getLogger(IndexRun.class);
    private static final Duration LOCK_TTL = Duration.ofMinutes(2);

    private final EsClients es;
    private final IndexNames names;
    private final IdHasher idHasher;
    private final Clock clock;
    private final RecordLoader.Options options;
    private final Progress progress;

    public IndexRun(EsClients es, IndexNames names, IdHasher idHasher, Clock clock, RecordLoader.Options options,
                    Progress progress) {
        this.es = es;
        this.names = names;
        this.idHasher = idHasher;
        this.clock = clock;
        this.options = options;
        this.progress = progress;
    }

    /** Loads {@code files} into the live indexes; a re-loaded file changes nothing. */
    public LoadSummary loadInPlace(List<Path> files, Optional<FeedKind> kind, Optional<Path> rejects) throws FeedException {
        IndexAdmin admin = new IndexAdmin(es.client(), names);
        admin.ensureLive();
        try (IndexLock lock = IndexLock.acquire(es.client(), names.meta(), LOCK_TTL, clock)) {
            LOG.debug("holding {}", lock.owner());
            LoadSummary summary;
            try (RecordLoader loader = new RecordLoader(RecordLoader.Mode.IN_PLACE, es, Json.newMapper(),
                    names.records(), names.subjects(), options, this::reject, clock, Journal.load(es.client(), names))) {
                for (Path file : files) {
                    loadFile(loader, file, kind, rejects);
                }
                summary = loader.finish();
            }
            Freshness.bump(es.client(), names, clock.instant());
            return summary;
        }
    }

    /**
     * Builds new versions of both indexes from every feed in {@code dir}, then moves the aliases
     * in one atomic step and deletes older versions. Until the swap, searches see the old data;
     * a crash leaves the old data live and the next rebuild removes the half-built versions. The
     * new versions are then merged into one segment in the background.
     */
    public LoadSummary rebuild(Path dir) throws FeedException {
        List<Path> files = feedsIn(dir);
        IndexAdmin admin = new IndexAdmin(es.client(), names);
        admin.ensureLive();
        try (IndexLock lock = IndexLock.acquire(es.client(), names.meta(), LOCK_TTL, clock)) {
            LOG.debug("holding {}", lock.owner());
            java.time.Instant started = clock.instant();
            String records = admin.createVersion(IndexAdmin.Kind.RECORDS, true);
            String subjects = admin.createVersion(IndexAdmin.Kind.SUBJECTS, true);
            LoadSummary summary;
            try (RecordLoader loader = new RecordLoader(RecordLoader.Mode.REBUILD, es, Json.newMapper(),
                    records, subjects, options, this::reject, clock, Journal.load(es.client(), names))) {
                for (Path file : files) {
                    loadFile(loader, file, Optional.empty(), Optional.empty());
                }
                int online = loader.addJournalRecords();
                if (online > 0) {
                    LOG.info("Kept {} records created online (from the journal)", online);
                }
                summary = loader.finish();
            }
            admin.finishBulk(records);
            admin.finishBulk(subjects);
            admin.swap(IndexAdmin.Kind.RECORDS, records);
            admin.swap(IndexAdmin.Kind.SUBJECTS, subjects);
            replayLateDecisions(started);
            admin.deleteUnusedVersions(IndexAdmin.Kind.RECORDS);
            admin.deleteUnusedVersions(IndexAdmin.Kind.SUBJECTS);
            Freshness.bump(es.client(), names, clock.instant());
            admin.mergeInBackground(records);
            admin.mergeInBackground(subjects);
            return summary;
        }
    }

    private void replayLateDecisions(java.time.Instant started) {
        for (JournalEntry entry : Journal.since(es.client(), names, started)) {
            try {
                JournalApplier.applyLive(es.client(), names, entry);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot re-apply online decision " + entry.id(), e);
            }
        }
    }

    private RejectWriter currentRejects;

    private void reject(long line, String originalRow, String field, String reason) {
        if (currentRejects != null) {
            try {
                currentRejects.write(line, originalRow, field, reason);
            } catch (IOException e) {
                // losing the record of a rejected row would lose the row: stop the run
                throw new UncheckedIOException("cannot write the rejects file " + currentRejects.target(), e);
            }
        }
    }

    private void loadFile(RecordLoader loader, Path file, Optional<FeedKind> kind, Optional<Path> rejectsPath)
            throws FeedException {
        Path rejects = rejectsPath.orElse(RejectWriter.defaultPath(file));
        long expected = expectedRows(file);
        progress.fileStarted(file.getFileName().toString(), expected);
        long readBefore = loader.rowsRead();
        long rejectedInFile = 0;
        FeedContext context = FeedContext.forFile(file, idHasher, PublicityRule.today(clock));
        try (Feed feed = Feed.open(file, kind, context);
             RejectWriter writer = RejectWriter.to(rejects, feed)) {
            currentRejects = writer;
            LOG.info("{}: {} ({}), rejects to {}", file.getFileName(), feed.kind().label(), feed.encoding(), rejects);
            Iterator<ParsedRow> rows = feed.rows();
            long n = 0;
            while (rows.hasNext()) {
                ParsedRow row = rows.next();
                if (row instanceof ParsedRow.Accepted a) {
                    loader.accept(a.line(), "", a.record(), a.subject());
                } else if (row instanceof ParsedRow.Rejected r) {
                    loader.reject(r.line(), r.originalRow(), r.field(), r.reason());
                    rejectedInFile++;
                } else if (row instanceof ParsedRow.StatusChange s) {
                    loader.statusChange(s.line(), s.originalRow(), s.recordId(), s.documentNumber(), s.authority(),
                            s.status(), s.date());
                }
                if (++n % 500 == 0) {
                    progress.rows(n);
                }
            }
            loader.endFile();
            progress.fileFinished(file.getFileName().toString(), loader.rowsRead() - readBefore, rejectedInFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file " + rejects, e);
        } finally {
            currentRejects = null;
        }
    }

    /**
     * The feeds of a rebuild directory: our formats, not rejects files or the generator's list of
     * the rows it spoiled on purpose. Exact names only: a department's file called, say,
     * {@code expected-penalties.csv} is data and must not be skipped.
     */
    static List<Path> feedsIn(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return (n.endsWith(".csv") || n.endsWith(".xlsx") || n.endsWith(".jsonl"))
                                && !n.endsWith(".rejects.csv") && !n.equals(Generator.BAD_LINES);
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Lines in a text feed minus its header, counted cheaply; -1 for spreadsheets. */
    static long expectedRows(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx")) {
            return -1;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long lines = 0;
            for (int r; (r = in.read(buffer)) > 0; ) {
                for (int i = 0; i < r; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return n.endsWith(".jsonl") ? lines : Math.max(0, lines - 1);
        } catch (IOException e) {
            return -1;
        }
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                out.addAll(feedsIn(p));
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
