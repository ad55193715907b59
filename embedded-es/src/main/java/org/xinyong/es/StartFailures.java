package org.xinyong.es;

import java.time.Duration;

/** Turns a failed start into one line a user can act on, with the server log's tail attached. */
final class StartFailures {
    private StartFailures() {
    }

    static EmbeddedEsException classify(EsLayout layout, int port, String what) {
        String tail = logTail(layout);
        String reason;
        if (tail.contains("BindException") || tail.contains("Address already in use")) {
            reason = "port " + port + " is taken on 127.0.0.1; set XINYONG_ES_PORT to a free port or 0";
        } else if (tail.contains("No space left on device")) {
            reason = "disk full: Elasticsearch could not write under " + layout.root();
        } else if (tail.contains("could not find java") || tail.contains("java: not found")
                || tail.contains("JAVA_HOME") && tail.contains("not")) {
            reason = "Java missing: Elasticsearch found no usable Java; set ES_JAVA_HOME to a JDK 17 or newer";
        } else if (tail.contains("can not run elasticsearch as root")) {
            reason = "Elasticsearch refused to run as root; run the launcher as root so it can switch users, or as a normal user";
        } else {
            reason = what + "; see " + layout.consoleLog();
        }
        return new EmbeddedEsException(reason, tail);
    }

    static EmbeddedEsException timeout(EsLayout layout, Duration timeout) {
        String tail = logTail(layout);
        return new EmbeddedEsException("Elasticsearch did not become healthy within " + timeout.toSeconds()
                + " s (raise XINYONG_ES_START_TIMEOUT on a slow machine); last log lines:\n" + tail, tail);
    }

    private static String logTail(EsLayout layout) {
        return FileOps.tail(layout.consoleLog(), 25);
    }
}
