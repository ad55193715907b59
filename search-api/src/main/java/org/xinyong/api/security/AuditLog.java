package org.xinyong.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Append-only audit trail of who checked whom and who downloaded which report: one JSON line per
 * event in {@code <home>/audit/audit-YYYY-MM-DD.jsonl}. Written by one background thread, so the
 * event loop never waits for the disk; the file is only ever opened for append.
 */
public final class AuditLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Path dir;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "audit-log");
        t.setDaemon(true);
        return t;
    });
    private LocalDate openDay;
    private BufferedWriter out;

    public AuditLog(Path dir, ObjectMapper mapper, Clock clock) {
        this.dir = dir;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Records an event; {@code subjects} are subject keys (codes or pseudonymous person keys). */
    public void record(String action, Caller caller, Collection<String> subjects, String detail) {
        ObjectNode line = mapper.createObjectNode();
        line.put("time", clock.instant().toString());
        line.put("action", action);
        line.put("caller", caller.id());
        line.put("role", caller.role().name());
        caller.binding().ifPresent(b -> line.put("binding", b));
        line.putPOJO("subjects", subjects);
        if (detail != null) {
            line.put("detail", detail);
        }
        writer.execute(() -> append(line.toString()));
    }

    private void append(String json) {
        try {
            LocalDate today = LocalDate.now(clock.withZone(CHINA));
            if (!today.equals(openDay)) {
                if (out != null) {
                    out.close();
                }
                Files.createDirectories(dir);
                out = Files.newBufferedWriter(dir.resolve("audit-" + today + ".jsonl"), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
                openDay = today;
            }
            out.write(json);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            LOG.error("Cannot write the audit log in {}: {}", dir, e.getMessage());
        }
    }

    /** Waits for queued lines; tests read the file after this. */
    public void drain() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("audit log drain: {}", e.toString());
        }
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        drain();
        writer.shutdown();
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            LOG.warn("closing the audit log: {}", e.getMessage());
        }
    }
}
