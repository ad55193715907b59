package org.xinyong.indexer.run;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.xinyong.core.es.ElasticsearchSettings;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.core.settings.Config;
import org.xinyong.indexer.load.RecordLoader;

/** A rebuild in a process of its own, so a test can kill it mid-run: {@code URL PREFIX DIR}. */
public final class RebuildMain {
    private RebuildMain() {
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.of(Map.of("es.url", args[0], "xinyong.index.prefix", args[1]), Map.of(), new Properties());
        try (EsClients es = EsClients.connect(ElasticsearchSettings.from(config))) {
            // small batches and one request in flight: slow enough to be killed half-way
            new IndexRun(es, new IndexNames(args[1]), new IdHasher("indexer-it-pepper-0123456789"), Clock.systemUTC(),
                    new RecordLoader.Options(200, 1 << 20, 1), Progress.NONE).rebuild(Path.of(args[2]));
        }
    }
}
