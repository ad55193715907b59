package org.xinyong.cli;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinyong.api.ApiServer;
import org.xinyong.api.ApiSettings;
import org.xinyong.api.support.ProcessScheduling;
import org.xinyong.api.ApiServices;
import org.xinyong.api.Backend;
import org.xinyong.api.es.VertxElasticsearch;
import org.xinyong.api.ops.Metrics;
import org.xinyong.api.reports.ReportService;
import org.xinyong.report.ReportSettings;
import org.xinyong.api.security.ApiKeys;
import org.xinyong.api.security.AuditLog;
import org.xinyong.core.settings.Homes;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.json.Json;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.core.settings.Config;
import org.xinyong.indexer.load.IndexAdmin;

/**
 * {@code ./xinyong serve}: Elasticsearch (embedded unless ES_URL), the indexes (with sample data
 * on the first run), then the HTTP server. Ctrl-C stops everything it started, in reverse order.
 */
final class ServeCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    int run(String[] args) {
        Flags flags = Flags.parse(args, List.of());
        Config config = Config.load(flags.settings());
        ApiSettings apiSettings = ApiSettings.from(config);
        ElasticsearchConnection es = ElasticsearchConnection.open(config);
        IndexNames names = new IndexNames(es.settings().indexPrefix());
        IndexAdmin admin = new IndexAdmin(es.clients().client(), names);
        admin.ensureLive();
        SampleData.loadIfEmpty(config, es.clients(), admin);
        List<String> outdated = admin.outdated();
        if (!outdated.isEmpty()) {
            LOG.warn("Indexes built by an older release: {}. They are served as they are; rebuild them "
                    + "(./xinyong index --rebuild DIR) for this release's search", outdated);
        }

        Vertx vertx = Vertx.vertx();
        Backend backend = new Backend(es.clients(), VertxElasticsearch.connect(vertx, es.settings()), names,
                Json.newMapper(), new IdHasher(config.string("xinyong.id.pepper")), Clock.systemDefaultZone(), new Metrics());
        ApiKeys keys = ApiKeys.load(apiSettings.apiKeysFile(), config.find("xinyong.api.keys").orElse(null));
        AuditLog audit = new AuditLog(Homes.dataHome(config).resolve("audit"), backend.mapper(), backend.clock());
        ApiServer server;
        try {
            server = ApiServer.start(vertx, apiSettings, backend, new ApiServices(keys, audit, ReportService.create(ReportSettings.from(config), backend.clock()))).await();
        } catch (RuntimeException e) {
            vertx.close().await();
            es.close();
            throw new IllegalStateException("cannot listen on " + apiSettings.host() + ":" + apiSettings.port()
                    + " (" + e.getMessage() + "); set XINYONG_PORT or --port to a free port");
        }
        if (apiSettings.batchScheduling()) {
            // after the embedded Elasticsearch has started: it keeps the default policy
            ProcessScheduling.batch();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down");
            try {
                server.close();
                vertx.close().await();
                audit.close();
            } finally {
                es.close();
                stopped.countDown();
            }
        }, "xinyong-stop"));
        System.out.println("Xinyong is up: http://" + apiSettings.host() + ":" + server.port() + "/");
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
