package org.xinyong.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.xinyong.api.ApiServer;
import org.xinyong.api.ApiServices;
import org.xinyong.api.ApiSettings;
import org.xinyong.api.Backend;
import org.xinyong.api.es.VertxElasticsearch;
import org.xinyong.api.reports.ReportService;
import org.xinyong.api.security.ApiKeys;
import org.xinyong.report.ReportSettings;
import org.xinyong.api.security.AuditLog;
import org.xinyong.api.testing.Json;
import org.xinyong.api.testing.ServiceFixture;
import org.xinyong.api.testing.TestData;
import org.xinyong.core.es.ElasticsearchSettings;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.settings.Config;
import org.xinyong.es.EmbeddedElasticsearch;
import org.xinyong.es.EmbeddedSettings;

/**
 * Elasticsearch goes away and comes back: the API answers 503 with Retry-After while it is gone
 * and recovers by itself, without a restart, when it returns. Uses a server of its own (in its own
 * home), because it stops it.
 */
class ElasticsearchRecoveryIT {

    @Test
    void elasticsearchRestart_apiAnswers503ThenRecovers() throws Exception {
        Path home = Files.createTempDirectory(Path.of("/tmp"), "xinyong-recovery-");
        home.toFile().setExecutable(true, false);
        home.toFile().setReadable(true, false);
        Config config = Config.of(Map.of("xinyong.home", home.toString(), "xinyong.es.heap", "512m",
                "xinyong.port", "0", "xinyong.id.pepper", TestData.PEPPER), System.getenv(), new Properties());
        EmbeddedSettings esSettings = EmbeddedSettings.from(config);
        EmbeddedElasticsearch es = EmbeddedElasticsearch.start(esSettings);
        IndexNames names = new IndexNames("recovery");
        ElasticsearchSettings connection = ElasticsearchSettings.from(config).withUrl(es.url());
        EsClients clients = EsClients.connect(connection);
        TestData data = new TestData(LocalDate.now());
        ServiceFixture.load(clients, names, data);
        Vertx vertx = Vertx.vertx();
        Backend backend = new Backend(clients, VertxElasticsearch.connect(vertx, connection), names,
                org.xinyong.core.json.Json.newMapper(), data.hasher, Clock.systemUTC(), new Metrics());
        AuditLog audit = new AuditLog(home.resolve("audit"), backend.mapper(), backend.clock());
        ApiServer server = ApiServer.start(vertx, ApiSettings.from(config), backend,
                new ApiServices(ApiKeys.none(), audit, ReportService.create(ReportSettings.from(config), backend.clock()))).await();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port();
        try {
            assertEquals(200, get(http, base + "/api/search?q=before").statusCode());

            es.close();
            HttpResponse<String> down = get(http, base + "/api/search?q=during");
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.headers().firstValue("Retry-After").isPresent());
            assertTrue(Json.parse(down.body()).path("type").asText().endsWith("/search-unavailable"));
            assertEquals(503, get(http, base + "/health/ready").statusCode());

            es = EmbeddedElasticsearch.start(esSettings);
            int status = 0;
            for (int i = 0; i < 60 && status != 200; i++) {
                status = get(http, base + "/api/search?q=after" + i).statusCode();
                if (status != 200) {
                    Thread.sleep(1_000);
                }
            }
            assertEquals(200, status, "the API recovers on its own");
            assertEquals(200, get(http, base + "/health/ready").statusCode());
        } finally {
            server.close();
            vertx.close().await();
            audit.close();
            clients.close();
            es.close();
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
