package org.xinyong.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.core.settings.Config;
import org.xinyong.indexer.feed.FeedException;
import org.xinyong.indexer.feed.FeedKind;
import org.xinyong.indexer.feed.UncheckedFeedException;
import org.xinyong.indexer.load.IndexLockedException;
import org.xinyong.indexer.load.LoadSummary;
import org.xinyong.indexer.load.RecordLoader;
import org.xinyong.indexer.run.IndexRun;

/**
 * {@code ./xinyong index FILE…} (into the live indexes) and {@code ./xinyong index --rebuild DIR}
 * (new versions, atomic swap). Exit 0 when the files were processed, rejects or not; 1 on a fatal
 * error (unreadable file, Elasticsearch down, another indexer running).
 */
final class IndexCommand {
    int run(String[] args, PrintStream out, PrintStream err) {
        Flags flags = Flags.parse(args, List.of());
        Config config = Config.load(flags.settings());
        Optional<FeedKind> kind = flags.has("kind") ? Optional.of(FeedKind.parse(flags.option("kind", ""))
                .orElseThrow(() -> new UsageException("unknown --kind '" + flags.option("kind", "")
                        + "'; use penalty, license, red-list, black-list, commitment, inspection, evaluation, status or jsonl")))
                : Optional.empty();
        Optional<Path> rejects = flags.has("rejects") ? Optional.of(Path.of(flags.option("rejects", ""))) : Optional.empty();
        Path rebuildDir = flags.has("rebuild") ? Path.of(flags.option("rebuild", "")) : null;
        List<Path> files = flags.positional().stream().map(Path::of).toList();
        if (rebuildDir == null && files.isEmpty()) {
            throw new UsageException("name the files to load, or --rebuild DIR\n" + Main.USAGE);
        }
        if (rebuildDir != null && !Files.isDirectory(rebuildDir)) {
            throw new UsageException("--rebuild needs a directory of feeds; " + rebuildDir + " is not one");
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new UsageException("no such file: " + f);
            }
        }
        if (rejects.isPresent() && files.size() > 1) {
            throw new UsageException("--rejects names one file; with several inputs each gets <input>.rejects.csv");
        }
        try (ElasticsearchConnection es = ElasticsearchConnection.open(config)) {
            IndexRun run = new IndexRun(es.clients(), new IndexNames(es.settings().indexPrefix()),
                    new IdHasher(config.string("xinyong.id.pepper")), Clock.systemDefaultZone(),
                    RecordLoader.Options.defaults(), new TerminalProgress(out, System.console() != null));
            long start = System.nanoTime();
            LoadSummary summary = rebuildDir != null ? run.rebuild(rebuildDir) : run.loadInPlace(files, kind, rejects);
            out.printf("%s (%.1f s)%n", summary.line(), (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (FeedException e) {
            err.println("xinyong: " + e.getMessage());
            return 1;
        } catch (UncheckedFeedException e) {
            err.println("xinyong: " + e.getCause().getMessage());
            return 1;
        } catch (IndexLockedException e) {
            err.println("xinyong: " + e.getMessage());
            return 1;
        }
    }
}
