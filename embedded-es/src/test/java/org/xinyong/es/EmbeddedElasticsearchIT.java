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
