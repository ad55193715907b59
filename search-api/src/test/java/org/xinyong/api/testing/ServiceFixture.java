package org.xinyong.api.testing;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.xinyong.api.ApiServer;
import org.xinyong.api.ApiServices;
import org.xinyong.api.ApiSettings;
import org.xinyong.api.Backend;
import org.xinyong.api.es.VertxElasticsearch;
import org.xinyong.api.ops.Metrics;
import org.xinyong.api.reports.ReportService;
import org.xinyong.report.ReportSettings;
import org.xinyong.api.security.ApiKeys;
import org.xinyong.api.security.AuditLog;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.es.Freshness;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.json.Json;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.settings.Config;
import org.xinyong.indexer.load.IndexAdmin;
import org.xinyong.indexer.load.LoadSummary;
import org.xinyong.indexer.load.RecordLoader;
import org.xinyong.testing.ElasticsearchTestServer;

/**
 * The real service for a test class: the JVM's test Elasticsearch, an index prefix of the class's
 * own with {@link TestData} loaded through the real loader, and the HTTP server on a free port.
 */
public final class ServiceFixture implements AutoCloseable {
    /** A bank's API key for tests; the server only knows its SHA-256. */
    public static final String BANK_KEY = "test-bank-key-7f3a9c2e51";
    /** The 家纺 enterprise, bound to its own code. */
    public static final String ENTERPRISE_KEY = "test-enterprise-key-2b81d0";
    /** Another enterprise (the black-listed one). */
    public static final String OTHER_ENTERPRISE_KEY = "test-other-enterprise-key-77e1";
    /** The market regulator, which decided the fixtures' penalties. */
    public static final String AUTHORITY_KEY = "test-authority-key-c4d2a9";
    public static final String AUTHORITY = "南通市市场监督管理局";
    /** Another department, which decided none of them. */
    public static final String OTHER_AUTHORITY_KEY = "test-other-authority-key-18f0";

    private final ElasticsearchTestServer es;
    private final String prefix;
    private final Vertx vertx;
    private final ApiServer server;
    private final AuditLog audit;
    private final TestData data;
    private final Path home;
    private final Backend backend;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceFixture(ElasticsearchTestServer es, String prefix, Vertx vertx, ApiServer server, AuditLog audit,
                           TestData data, Path home, Backend backend) {
        this.es = es;
        this.prefix = prefix;
        this.vertx = vertx;
        this.server = server;
        this.audit = audit;
        this.data = data;
        this.home = home;
        this.backend = backend;
    }

    public static ServiceFixture start(Class<?> testClass) {
        return start(testClass, Map.of());
    }

    /** @param settings extra settings, e.g. a low rate limit for the rate-limit test */
    public static ServiceFixture start(Class<?> testClass, Map<String, String> settings) {
        ElasticsearchTestServer es = ElasticsearchTestServer.global();
        String prefix = ElasticsearchTestServer.uniquePrefix(testClass);
        TestData data = new TestData(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        IndexNames names = new IndexNames(prefix);
        load(es.clients(), names, data);
        try {
            Path home = Files.createTempDirectory("xinyong-api-test-");
            Map<String, String> flags = new HashMap<>(Map.of("xinyong.port", "0", "xinyong.host", "127.0.0.1",
                    "xinyong.home", home.toString(), "xinyong.id.pepper", TestData.PEPPER));
            flags.putAll(settings);
            Config config = es.config().with(flags);
            ApiSettings apiSettings = ApiSettings.from(config);
            Vertx vertx = Vertx.vertx();
            Backend backend = new Backend(es.clients(), VertxElasticsearch.connect(vertx, es.settings(prefix)), names,
                    Json.newMapper(), data.hasher, Clock.systemUTC(), new Metrics());
            AuditLog audit = new AuditLog(home.resolve("audit"), backend.mapper(), backend.clock());
            ApiKeys keys = ApiKeys.load(null, String.join(";",
                    ApiKeys.sha256(BANK_KEY) + " bank test-bank",
                    ApiKeys.sha256(ENTERPRISE_KEY) + " enterprise jiafang " + data.jiafangCode,
                    ApiKeys.sha256(OTHER_ENTERPRISE_KEY) + " enterprise hongyuan " + data.blackCode,
                    ApiKeys.sha256(AUTHORITY_KEY) + " authority scjgj " + AUTHORITY,
                    ApiKeys.sha256(OTHER_AUTHORITY_KEY) + " authority sthjj 南通市生态环境局"));
            ApiServer server = ApiServer.start(vertx, apiSettings, backend, new ApiServices(keys, audit, reports(config, backend))).await();
            return new ServiceFixture(es, prefix, vertx, server, audit, data, home, backend);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReportService sharedReports;

    /** One report service per test JVM: loading the fonts and key costs about a second. */
    static synchronized ReportService reports(Config config, Backend backend) {
        if (sharedReports == null) {
            sharedReports = ReportService.create(ReportSettings.from(config), backend.clock());
        }
        return sharedReports;
    }

    /** Loads the records as a rebuild does: new versions, then the aliases swap. */
    public static LoadSummary load(EsClients clients, IndexNames names, TestData data) {
        IndexAdmin admin = new IndexAdmin(clients.client(), names);
        admin.ensureLive();
        String records = admin.createVersion(IndexAdmin.Kind.RECORDS, true);
        String subjects = admin.createVersion(IndexAdmin.Kind.SUBJECTS, true);
        LoadSummary summary;
        try (RecordLoader loader = new RecordLoader(RecordLoader.Mode.REBUILD, clients, Json.newMapper(), records, subjects,
                RecordLoader.Options.defaults(), (line, row, field, reason) -> {
                    throw new IllegalStateException("fixture record refused: " + reason);
                }, Clock.systemUTC())) {
            long line = 1;
            for (CreditRecord r : data.records) {
                loader.accept(line++, "", r, data.subjectOf(r));
            }
            summary = loader.finish();
        }
        admin.finishBulk(records);
        admin.finishBulk(subjects);
        admin.swap(IndexAdmin.Kind.RECORDS, records);
        admin.swap(IndexAdmin.Kind.SUBJECTS, subjects);
        admin.deleteUnusedVersions(IndexAdmin.Kind.RECORDS);
        admin.deleteUnusedVersions(IndexAdmin.Kind.SUBJECTS);
        Freshness.bump(clients.client(), names, java.time.Instant.now());
        return summary;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public TestData data() {
        return data;
    }

    public IndexNames names() {
        return new IndexNames(prefix);
    }

    public EsClients clients() {
        return es.clients();
    }

    public Backend backend() {
        return backend;
    }

    public AuditLog audit() {
        return audit;
    }

    /**
     * Runs {@code during} while the audit log cannot be written (a file where its directory should
     * be, as a full or failed disk would leave it), then puts the directory back.
     */
    public void withAuditUnwritable(Runnable during) {
        Path dir = audit.dir();
        Path away = dir.resolveSibling(dir.getFileName() + ".away");
        audit.drain();
        try {
            Files.move(dir, away);
            Files.writeString(dir, "a file where the audit directory should be");
            try {
                during.run();
            } finally {
                // the lines queued meanwhile (a refused request's …-withheld line) tried while the
                // directory is still blocked, not written into a new one in the way of the old
                audit.drain();
                Files.delete(dir);
                Files.move(away, dir);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path home() {
        return home;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    public HttpResponse<byte[]> getBytes(String pathAndQuery) {
        try {
            return http.send(request(pathAndQuery).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        server.close();
        vertx.close().await();
        audit.close();
        es.deleteIndexes(prefix);
    }
}
