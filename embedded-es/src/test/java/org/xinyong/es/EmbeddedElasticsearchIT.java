package org.xinyong.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinyong.core.settings.Config;

/**
 * Starts the real server from the Maven Central distribution in a scratch home: health, reuse by
 * a second launcher, clean stop, and the one-line errors for a taken port and a missing Java.
 */
class EmbeddedElasticsearchIT {

    private static Path home;
    private static EmbeddedElasticsearch server;

    @BeforeAll
    static void startServer() throws Exception {
        // under /tmp: when the tests run as root the server user must be able to enter the home
        home = Files.createTempDirectory(Path.of("/tmp"), "xinyong-es-it-");
        home.toFile().setExecutable(true, false);
        home.toFile().setReadable(true, false);
        server = EmbeddedElasticsearch.start(settings(Map.of()));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        FileOps.deleteQuietly(home);
    }

    private static EmbeddedSettings settings(Map<String, String> flags) {
        Map<String, String> all = new java.util.HashMap<>(flags);
        all.put("xinyong.home", home.toString());
        all.put("xinyong.es.heap", "512m");
        return EmbeddedSettings.from(Config.of(all, Map.of(), new Properties()));
    }

    @Test
    void start_servesClusterHealthOnLoopback() {
        assertTrue(server.ownsServer());
        assertEquals("127.0.0.1", server.url().getHost());
        var health = new ClusterProbe().health(server.url().getPort());
        assertTrue(health.isPresent(), "cluster health answers");
        assertEquals(EmbeddedElasticsearch.clusterName(home), health.get().clusterName());
    }

    @Test
    void analyze_throughTheServer_givesWordsBigramsPinyinAndInitials() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String base = server.url() + "/analyze-it";
        String settings = "{\"settings\": " + org.xinyong.core.es.IndexTemplates.analysis() + "}";
        var created = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(settings)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());
        String name = "南通国际家纺产业园有限公司";
        assertEquals(java.util.List.of("南通", "通国", "国际", "际家", "家", "家纺", "纺", "纺产", "产业", "业园", "园", "园有",
                "有限公司", "有限", "限公", "公司"), tokens(http, base, "xy_text", name));
        assertEquals(java.util.List.of("nantongguojijiafangchanyeyuanyouxiangongsi"), tokens(http, base, "xy_pinyin_full", name));
        assertEquals(java.util.List.of("ntgjjfcyyyxgs"), tokens(http, base, "xy_initials_full", name));
        assertEquals(java.util.List.of("nan", "tong", "jia", "fang"), tokens(http, base, "xy_pinyin", "nantong jiafang"));
        assertEquals(java.util.List.of("zhong", "guo", "gong", "shang", "yin", "hang"), tokens(http, base, "xy_pinyin", "中国工商银行"));
        assertEquals(java.util.List.of("n", "t", "j", "f"), tokens(http, base, "xy_initials", "ntjf"));
        assertEquals(java.util.List.of("abc123有限公司"), tokens(http, base, "xy_exact", "ＡＢＣ１２３ 有限公司"));
    }

    private static java.util.List<String> tokens(java.net.http.HttpClient http, String index, String analyzer, String text)
            throws Exception {
        String body = "{\"analyzer\": \"" + analyzer + "\", \"text\": \"" + text + "\"}";
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(index + "/_analyze"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"token\":\"([^\"]*)\"").matcher(response.body());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void start_sameHomeAgain_reusesRunningServer() {
        long begin = System.nanoTime();
        try (EmbeddedElasticsearch second = EmbeddedElasticsearch.start(settings(Map.of()))) {
            assertFalse(second.ownsServer(), "a second launcher reuses the running server");
            assertEquals(server.url(), second.url());
        }
        assertTrue((System.nanoTime() - begin) / 1_000_000_000 < 20, "reuse does not start a server");
        assertTrue(new ClusterProbe().health(server.url().getPort()).isPresent(), "closing a reuser leaves the server up");
    }

    @Test
    void start_portTaken_failsWithOneLineReason() throws Exception {
        Path other = Files.createTempDirectory(Path.of("/tmp"), "xinyong-es-port-");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            EmbeddedSettings s = settings(Map.of("xinyong.es.port", Integer.toString(taken.getLocalPort()))).withHome(other);
            EmbeddedEsException e = assertThrows(EmbeddedEsException.class, () -> EmbeddedElasticsearch.start(s));
            assertTrue(e.getMessage().startsWith("port " + taken.getLocalPort() + " is taken"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        } finally {
            FileOps.deleteQuietly(other);
        }
    }

    @Test
    void start_javaMissing_failsWithOneLineReason() throws Exception {
        Path other = Files.createTempDirectory(Path.of("/tmp"), "xinyong-es-java-");
        try {
            EmbeddedSettings s = settings(Map.of("es.java.home", "/nonexistent/jdk")).withHome(other);
            EmbeddedEsException e = assertThrows(EmbeddedEsException.class, () -> EmbeddedElasticsearch.start(s));
            assertTrue(e.getMessage().startsWith("Java missing"), e.getMessage());
        } finally {
            FileOps.deleteQuietly(other);
        }
    }
}
