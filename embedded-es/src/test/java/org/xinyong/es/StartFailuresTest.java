package org.xinyong.es;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-line reasons a failed start is reported with, read from the server's own log. */
class StartFailuresTest {
    @TempDir
    Path home;

    private EsLayout layoutWithLog(String log) throws Exception {
        EsLayout layout = EsLayout.of(home, "8.19.21");
        Files.createDirectories(layout.logs());
        Files.writeString(layout.consoleLog(), "[INFO] starting\n" + log + "\n");
        return layout;
    }

    @Test
    void classify_noSpaceLeft_isDiskFull() throws Exception {
        var e = StartFailures.classify(layoutWithLog("java.io.IOException: No space left on device"), 9200, "exited");
        assertTrue(e.getMessage().startsWith("disk full"), e.getMessage());
        assertTrue(e.logTail().contains("No space left on device"));
    }

    @Test
    void classify_bindException_isPortTaken() throws Exception {
        var e = StartFailures.classify(layoutWithLog("BindTransportException: Failed to bind ... Address already in use"), 9200, "exited");
        assertTrue(e.getMessage().startsWith("port 9200 is taken"), e.getMessage());
    }

    @Test
    void classify_noJava_isJavaMissing() throws Exception {
        var e = StartFailures.classify(layoutWithLog("could not find java in ES_JAVA_HOME at /opt/none/bin/java"), 9200, "exited");
        assertTrue(e.getMessage().startsWith("Java missing"), e.getMessage());
    }

    @Test
    void timeout_carriesTheLogTail() throws Exception {
        var e = StartFailures.timeout(layoutWithLog("[WARN] still recovering shards"), Duration.ofSeconds(120));
        assertTrue(e.getMessage().contains("120 s") && e.getMessage().contains("still recovering shards"), e.getMessage());
    }
}
