package org.xinyong.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail on a real disk: every line whole, in the file people read, failures counted. */
class AuditLogTest {
    private static final Clock NOON_IN_NANTONG = Clock.fixed(Instant.parse("2026-11-27T04:00:00Z"), ZoneOffset.UTC);
    private static final String FILE = "audit-2026-11-27.jsonl";

    private static void record(AuditLog log, String subject) {
        log.record("check", Caller.anonymous("203.0.113.7"), Set.of(subject), "1 entries");
        log.drain();
    }

    @Test
    void eachEvent_isOneWholeLine(@TempDir Path dir) throws IOException {
        try (AuditLog log = new AuditLog(dir, new ObjectMapper(), NOON_IN_NANTONG)) {
            record(log, "A");
            record(log, "B");
            List<String> lines = Files.readAllLines(dir.resolve(FILE));
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.get(1).contains("\"subjects\":[\"B\"]") && lines.get(1).contains("anonymous@203.0.113.7"), lines.get(1));
            assertEquals(0, log.failures());
        }
    }

    @Test
    void aFileMovedAway_byLogrotate_isNotWrittenOnUnread(@TempDir Path dir) throws IOException {
        try (AuditLog log = new AuditLog(dir, new ObjectMapper(), NOON_IN_NANTONG)) {
            record(log, "A");
            Files.move(dir.resolve(FILE), dir.resolve(FILE + ".1"));
            record(log, "B");
            assertEquals(1, Files.readAllLines(dir.resolve(FILE + ".1")).size());
            List<String> now = Files.readAllLines(dir.resolve(FILE));
            assertEquals(1, now.size(), now.toString());
            assertTrue(now.get(0).contains("\"B\""), now.get(0));
        }
    }

    @Test
    void aRecord_answersOnceItsLineIsWritten_orFailsWhenItCannotBe(@TempDir Path home) throws Exception {
        Path dir = home.resolve("audit");
        try (AuditLog log = new AuditLog(dir, new ObjectMapper(), NOON_IN_NANTONG)) {
            log.record("check", Caller.anonymous("203.0.113.7"), Set.of("A"), null).get(10, TimeUnit.SECONDS);
            assertEquals(1, Files.readAllLines(dir.resolve(FILE)).size(), "written before the future completed");

            Files.move(dir, home.resolve("audit.away"));
            Files.writeString(dir, "a file where the directory should be");
            CompletableFuture<Void> refused = log.record("report", Caller.anonymous("203.0.113.7"), Set.of("B"), null);
            ExecutionException failed = assertThrows(ExecutionException.class, () -> refused.get(10, TimeUnit.SECONDS));
            assertInstanceOf(AuditLog.Unwritten.class, failed.getCause());
            assertFalse(failed.getCause().getMessage().contains(home.toString()), "no path to repeat to a caller");
        }
    }

    /**
     * A disk that hangs rather than fails (a named pipe nobody reads: opening it for writing waits):
     * the record is answered as unwritten within its wait, and the line still written once the disk
     * answers (recorded late, never lost).
     */
    @Test
    void aDiskThatHangs_isAnsweredUnwrittenWithinTheWait(@TempDir Path home) throws Exception {
        Path dir = home.resolve("audit");
        Files.createDirectories(dir);
        Path pipe = dir.resolve(FILE);
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");
        try (AuditLog log = new AuditLog(dir, new ObjectMapper(), NOON_IN_NANTONG, Duration.ofMillis(300))) {
            CompletableFuture<Void> hanging = log.record("check", Caller.anonymous("203.0.113.7"), Set.of("B"), null);
            ExecutionException failed = assertThrows(ExecutionException.class, () -> hanging.get(10, TimeUnit.SECONDS));
            assertInstanceOf(AuditLog.Unwritten.class, failed.getCause());
            try (BufferedReader disk = Files.newBufferedReader(pipe)) {
                assertTrue(disk.readLine().contains("\"subjects\":[\"B\"]"));
            }
        }
    }

    @Test
    void aLineThatCannotBeWritten_isCounted_andTheNextOneWrittenOnceTheDiskIsBack(@TempDir Path home) throws IOException {
        Path dir = home.resolve("audit");
        Files.writeString(dir, "a file where the directory should be");
        try (AuditLog log = new AuditLog(dir, new ObjectMapper(), NOON_IN_NANTONG)) {
            record(log, "A");
            assertEquals(1, log.failures());
            Files.delete(dir);
            record(log, "B");
            assertEquals(1, log.failures());
            List<String> lines = Files.readAllLines(dir.resolve(FILE));
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).contains("\"B\""), lines.get(0));
        }
    }
}
