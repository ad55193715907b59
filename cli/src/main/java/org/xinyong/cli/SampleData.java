package org.xinyong.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.core.settings.Config;
import org.xinyong.core.settings.Homes;
import org.xinyong.indexer.feed.FeedException;
import org.xinyong.indexer.generate.Generator;
import org.xinyong.indexer.generate.GeneratorOptions;
import org.xinyong.indexer.generate.OutputFormat;
import org.xinyong.indexer.load.IndexAdmin;
import org.xinyong.indexer.load.LoadSummary;
import org.xinyong.indexer.load.RecordLoader;
import org.xinyong.indexer.run.IndexRun;
import org.xinyong.indexer.run.Progress;

/**
 * On the first start the indexes are empty: generate sample feeds (every kind and format, dated
 * around today) into the data home and load them with a real rebuild, so a new user sees a working
 * service at once. Skipped when the records index holds anything, or xinyong.sample.records is 0.
 */
final class SampleData {
    private static final Logger LOG = LoggerFactory.getLogger(SampleData.class);

    private SampleData() {
    }

    static void loadIfEmpty(Config config, EsClients es, IndexAdmin admin) {
        int records = config.integer("xinyong.sample.records", 0, 10_000_000);
        if (records == 0) {
            return;
        }
        try {
            long count = es.client().count(c -> c.index(admin.alias(IndexAdmin.Kind.RECORDS))).count();
            if (count > 0) {
                return;
            }
            Path dir = Homes.dataHome(config).resolve("sample");
            LocalDate today = PublicityRule.today(Clock.systemUTC());
            long seed = config.longValue("xinyong.sample.seed", 0, Long.MAX_VALUE);
            LOG.info("First start: generating {} sample records into {} and loading them", records, dir);
            Generator.write(new GeneratorOptions(records, seed, dir, 0.0, EnumSet.allOf(OutputFormat.class), today));
            IndexRun run = new IndexRun(es, admin.names(), new IdHasher(config.string("xinyong.id.pepper")),
                    Clock.systemDefaultZone(), RecordLoader.Options.defaults(), Progress.NONE);
            LoadSummary summary = run.rebuild(dir);
            LOG.info("Sample data loaded: {}", summary.line());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare sample data: " + e.getMessage(), e);
        } catch (FeedException e) {
            throw new IllegalStateException("the generated sample data could not be read: " + e.getMessage(), e);
        }
    }
}
