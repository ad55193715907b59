package org.xinyong.es;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch server in the data home: single node, loopback only, our analysis plugin
 * installed. {@link #start} reuses a healthy server of the same home if one runs, else unpacks
 * (once), installs the plugin and starts one, and waits for cluster health.
 *
 * <p>A server we start is tied to this JVM through a small watchdog shell that holds a pipe from
 * us: when this JVM exits, however it exits (even SIGKILL), the pipe closes and the watchdog stops
 * the server. So no orphan outlives its launcher. {@link #close} stops it the same way.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final long MIN_FREE_BYTES = 1L << 30;

    private final URI url;
    private final Process watchdog;
    private final EsLayout layout;

    private EmbeddedElasticsearch(URI url, Process watchdog, EsLayout layout) {
        this.url = url;
        this.watchdog = watchdog;
        this.layout = layout;
    }

    /** Starts (or reuses) the server of {@code settings.home()} and returns once it is healthy. */
    public static EmbeddedElasticsearch start(EmbeddedSettings settings) {
        Distribution distribution = Distribution.bundled();
        EsLayout layout = EsLayout.of(settings.home(), distribution.version());
        String clusterName = clusterName(settings.home());
        try {
            Files.createDirectories(layout.run());
        } catch (IOException e) {
            throw new EmbeddedEsException("cannot create " + layout.run() + ": " + e.getMessage());
        }
        try (FileChannel lockChannel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockChannel.lock()) {
            Optional<EmbeddedElasticsearch> running = reuse(layout, clusterName);
            if (running.isPresent()) {
                return running.get();
            }
            return launch(settings, distribution, layout, clusterName);
        } catch (IOException e) {
            throw new EmbeddedEsException("cannot lock " + layout.lockFile() + ": " + e.getMessage());
        }
    }

    public URI url() {
        return url;
    }

    /** Our analysis plugin as a zip, for installing it into another server (e.g. a container). */
    public static byte[] analysisPluginZip() {
        return PluginInstaller.bundledZip();
    }

    /** True when this JVM started the server (and stops it on close); false when it reused one. */
    public boolean ownsServer() {
        return watchdog != null;
    }

    /** Blocks until the server stops (for {@code ./xinyong es}, which runs in the foreground). */
    public void awaitExit() throws InterruptedException {
        if (watchdog != null) {
            watchdog.waitFor();
        }
    }

    /** Stops the server if we started it: closing the watchdog's pipe is the stop signal. */
    @Override
    public void close() {
        if (watchdog == null || !watchdog.isAlive()) {
            return;
        }
        LOG.info("Stopping the embedded Elasticsearch");
        try {
            watchdog.getOutputStream().close();
            if (!watchdog.waitFor(60, TimeUnit.SECONDS)) {
                watchdog.destroy();
                watchdog.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            watchdog.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            watchdog.destroy();
        }
        try {
            Files.deleteIfExists(layout.pidFile());
        } catch (IOException e) {
            // a stale pid file is detected and ignored by the next start
        }
    }

    private static Optional<EmbeddedElasticsearch> reuse(EsLayout layout, String clusterName) {
        if (!Files.isRegularFile(layout.portFile())) {
            return Optional.empty();
        }
        int port;
        try {
            port = Integer.parseInt(Distribution.readString(layout.portFile()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Optional<ClusterProbe.Health> health = new ClusterProbe().health(port);
        if (health.isEmpty() || !health.get().clusterName().equals(clusterName) || !health.get().usable()) {
            return Optional.empty();
        }
        String runningPlugin = Files.isRegularFile(layout.run().resolve("plugin.sha256"))
                ? Distribution.readString(layout.run().resolve("plugin.sha256")) : "";
        if (!runningPlugin.equals(PluginInstaller.bundledSha256())) {
            // another process owns it and may be using it: stopping it under them would break
            // their searches mid-flight, so say what to do instead
            throw new EmbeddedEsException("the Elasticsearch running for " + layout.root().getParent()
                    + " (started by process " + ownerPid(layout) + ") has a different analysis plugin than this build; "
                    + "stop that process, or set XINYONG_HOME to another directory");
        }
        LOG.info("Reusing the Elasticsearch already running for this home on port {}", port);
        return Optional.of(new EmbeddedElasticsearch(URI.create("http://127.0.0.1:" + port), null, layout));
    }

    private static String ownerPid(EsLayout layout) {
        return Files.isRegularFile(layout.pidFile()) ? Distribution.readString(layout.pidFile()) : "unknown";
    }

    private static EmbeddedElasticsearch launch(EmbeddedSettings settings, Distribution distribution,
                                                EsLayout layout, String clusterName) {
        Path java = settings.javaHome().resolve("bin").resolve("java");
        if (!Files.isExecutable(java)) {
            throw new EmbeddedEsException("Java missing: " + java + " does not exist or is not executable; "
                    + "set ES_JAVA_HOME to a JDK 17 or newer");
        }
        checkDiskSpace(settings.home());
        int httpPort = choosePort(settings.port(), layout);
        int transportPort = Ports.pickFree();
        Path zip = distribution.locate(settings.distribution(), settings.home());
        distribution.unpack(zip, layout);
        String pluginSha = PluginInstaller.install(layout);
        try {
            Files.createDirectories(layout.data());
            Files.createDirectories(layout.logs());
            Files.writeString(layout.consoleLog(), "", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EmbeddedEsException("cannot prepare " + layout.root() + ": " + e.getMessage());
        }
        ServerUser user = ServerUser.forLauncher(settings.user());
        user.prepare(layout);

        List<String> command = new ArrayList<>();
        command.add("/bin/sh");
        command.add(writeWatchdog(layout).toString());
        command.addAll(user.commandPrefix());
        command.add(layout.distribution().resolve("bin").resolve("elasticsearch").toString());
        for (String setting : List.of(
                "cluster.name=" + clusterName,
                "node.name=xinyong-embedded",
                "path.data=" + layout.data(),
                "path.logs=" + layout.logs(),
                "network.host=127.0.0.1",
                "http.port=" + httpPort,
                "transport.port=" + transportPort,
                "discovery.type=single-node",
                // loopback only, one user: TLS and passwords would only get in the way
                "xpack.security.enabled=false",
                // we check free space ourselves before starting; watermarks would make indexes
                // read-only on a nearly full developer disk, a failure far from its cause
                "cluster.routing.allocation.disk.threshold_enabled=false")) {
            command.add("-E");
            command.add(setting);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", settings.javaHome().toString());
        env.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        env.put("XY_CONSOLE", layout.consoleLog().toString());
        env.remove("JAVA_TOOL_OPTIONS");
        LOG.info("Starting Elasticsearch {} on 127.0.0.1:{} (home {}, heap {}, user {})",
                distribution.version(), httpPort, settings.home(), settings.heap(), user.name());
        Process watchdog;
        try {
            watchdog = builder.start();
        } catch (IOException e) {
            throw new EmbeddedEsException("cannot start Elasticsearch: " + e.getMessage());
        }
        try {
            Files.writeString(layout.pidFile(), Long.toString(watchdog.pid()), StandardCharsets.UTF_8);
            Files.writeString(layout.portFile(), Integer.toString(httpPort), StandardCharsets.UTF_8);
            Files.writeString(layout.run().resolve("plugin.sha256"), pluginSha, StandardCharsets.UTF_8);
        } catch (IOException e) {
            watchdog.destroy();
            throw new EmbeddedEsException("cannot write " + layout.run() + ": " + e.getMessage());
        }
        EmbeddedElasticsearch server = new EmbeddedElasticsearch(URI.create("http://127.0.0.1:" + httpPort), watchdog, layout);
        awaitHealthy(server, httpPort, clusterName, settings, layout);
        return server;
    }

    private static void awaitHealthy(EmbeddedElasticsearch server, int port, String clusterName,
                                     EmbeddedSettings settings, EsLayout layout) {
        ClusterProbe probe = new ClusterProbe();
        long started = System.nanoTime();
        long deadline = started + settings.startTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.watchdog.isAlive()) {
                throw StartFailures.classify(layout, port, "Elasticsearch exited during start-up");
            }
            Optional<ClusterProbe.Health> health = probe.health(port);
            if (health.isPresent() && health.get().clusterName().equals(clusterName) && health.get().usable()) {
                LOG.info("Elasticsearch is up on port {} after {} ms", port, (System.nanoTime() - started) / 1_000_000);
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.close();
                throw new EmbeddedEsException("interrupted while waiting for Elasticsearch");
            }
        }
        server.close();
        throw StartFailures.timeout(layout, settings.startTimeout());
    }

    private static int choosePort(int configured, EsLayout layout) {
        if (configured != 0) {
            if (!Ports.isFree(configured)) {
                throw new EmbeddedEsException("port " + configured + " is taken on 127.0.0.1 (another program listens there); "
                        + "set XINYONG_ES_PORT to a free port, or to 0 to pick one");
            }
            return configured;
        }
        if (Files.isRegularFile(layout.portFile())) {
            try {
                int previous = Integer.parseInt(Distribution.readString(layout.portFile()));
                if (previous > 0 && Ports.isFree(previous)) {
                    return previous;
                }
            } catch (RuntimeException e) {
                // an unreadable port file: pick a fresh port
            }
        }
        return Ports.pickFree();
    }

    private static void checkDiskSpace(Path home) {
        try {
            Files.createDirectories(home);
            long free = Files.getFileStore(home).getUsableSpace();
            if (free < MIN_FREE_BYTES) {
                throw new EmbeddedEsException("disk full: only " + free / (1 << 20) + " MB free for " + home
                        + "; Elasticsearch needs at least 1024 MB");
            }
        } catch (IOException e) {
            throw new EmbeddedEsException("cannot create the data home " + home + ": " + e.getMessage());
        }
    }

    /**
     * The watchdog: runs the server in the background, then blocks reading its stdin, a pipe from
     * this JVM. End of input (we closed it, or we died) or TERM stops the server and waits for it.
     */
    private static Path writeWatchdog(EsLayout layout) {
        Path script = layout.run().resolve("watchdog.sh");
        String text = """
                #!/bin/sh
                # Written by the Xinyong launcher. Runs Elasticsearch until this script's stdin
                # (a pipe from the launcher) closes or it receives TERM, then stops it cleanly.
                # Exits when the server exits, so the launcher sees a failed start at once.
                exec 3<&0
                "$@" </dev/null >>"$XY_CONSOLE" 2>&1 &
                child=$!
                (while read -r _; do :; done; kill -TERM "$child" 2>/dev/null) <&3 &
                reader=$!
                exec 3<&-
                trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
                wait "$child"
                status=$?
                while kill -0 "$child" 2>/dev/null; do wait "$child"; status=$?; done
                kill "$reader" 2>/dev/null
                exit $status
                """;
        try {
            Files.writeString(script, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EmbeddedEsException("cannot write " + script + ": " + e.getMessage());
        }
        return script;
    }

    /** One cluster name per home, so we never mistake another home's server for ours. */
    static String clusterName(Path home) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(home.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "xinyong-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the pipe to the watchdog referenced; closing it is how the server is stopped. */
    OutputStream pipe() {
        return watchdog == null ? OutputStream.nullOutputStream() : watchdog.getOutputStream();
    }
}
