package org.xinyong.es;

import java.nio.file.Path;

/** Where the embedded server's files live under the data home. */
record EsLayout(Path root, String version) {

    static EsLayout of(Path home, String version) {
        return new EsLayout(home.resolve("es"), version);
    }

    /** The unpacked distribution; one directory per version so an upgrade never half-overwrites. */
    Path distribution() {
        return root.resolve("dist").resolve("elasticsearch-" + version);
    }

    Path plugins() {
        return distribution().resolve("plugins");
    }

    Path data() {
        return root.resolve("data");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path run() {
        return root.resolve("run");
    }

    /** The server's console output, read back when it fails to start. */
    Path consoleLog() {
        return logs().resolve("console.log");
    }

    Path portFile() {
        return run().resolve("http.port");
    }

    Path pidFile() {
        return run().resolve("watchdog.pid");
    }

    Path lockFile() {
        return run().resolve("launcher.lock");
    }
}
