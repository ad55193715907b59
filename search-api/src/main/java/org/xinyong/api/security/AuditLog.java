package org.xinyong.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Append-only audit trail of who checked whom and who downloaded which report: one JSON line per
 * event in {@code <home>/audit/audit-YYYY-MM-DD.jsonl}. Written by one background thread, so the
 * event loop never waits for the disk; the file is only ever opened for append.
 *
 * <p>Each line is one write of its bytes to a file opened with {@code O_APPEND}: a buffered
 * writer that failed half-way kept the half in its buffer and wrote it before the next line (one
 * line spliced into another). After any failure, and whenever the file at the day's path is no
 * longer the one open (moved by logrotate), the file is opened again, so lines are not written to
 * a file nobody reads. Lines that cannot be written are counted ({@link #failures}, in
 * {@code /metrics}) and logged; so are lines past a full queue (a disk that stopped answering must
 * not fill the heap).
 *
 * <p>{@link #record} answers when its line is on the file (written, not synced: the kernel has it),
 * so a disclosure the law asks to be audited (a check, a report) can wait for its line and be
 * refused when the line cannot be written, rather than go out with no trace of who had it.
 */
public final class AuditLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Lines waiting for the disk; at some hundred a second, minutes of a stalled disk. */
    static final int QUEUE = 100_000;

    private final Path dir;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(QUEUE), daemon("audit-log"));
    private final LongAdder failures = new LongAdder();
    private final LongAdder late = new LongAdder();
    /**
     * One thread times every record's wait, for all logs: {@code CompletableFuture.delayedExecutor}
     * started a thread per record on two cores (its common pool has one worker there, and below
     * two it runs each task on a new thread).
     */
    private static final ScheduledThreadPoolExecutor TIMERS = timers();
    /**
     * How long a record waits for its line before it is taken as unwritten: a disk that stopped
     * answering (a network mount, a dying drive) leaves the write hanging, not failing, and the
     * check or report waiting for it would hang with it.
     */
    static final Duration WAIT = Duration.ofSeconds(5);
    private final Duration wait;
    private LocalDate openDay;
    private Object openFile;
    private FileChannel out;

    public AuditLog(Path dir, ObjectMapper mapper, Clock clock) {
        this(dir, mapper, clock, WAIT);
    }

    AuditLog(Path dir, ObjectMapper mapper, Clock clock, Duration wait) {
        this.dir = dir;
        this.mapper = mapper;
        this.clock = clock;
        this.wait = wait;
    }

    /**
     * Records an event; {@code subjects} are subject keys (codes or pseudonymous person keys).
     *
     * @return done once the line is written; failed with {@link Unwritten} when it cannot be
     *     (completed on the writer's thread)
     */
    public CompletableFuture<Void> record(String action, Caller caller, Collection<String> subjects, String detail) {
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
        CompletableFuture<Void> written = new CompletableFuture<>();
        try {
            writer.execute(() -> {
                if (append(line.toString())) {
                    written.complete(null);
                } else {
                    written.completeExceptionally(new Unwritten(action));
                }
            });
            ScheduledFuture<?> timeout = TIMERS.schedule(() -> {
                if (written.completeExceptionally(new Unwritten(action))) {
                    // still queued or being written: it may yet be (late), so not counted as lost
                    late.increment();
                    LOG.error("Audit line of a {} not written within {} ms ({}): answered as unwritten", action,
                            wait.toMillis(), dir);
                }
            }, wait.toMillis(), TimeUnit.MILLISECONDS);
            written.whenComplete((done, failed) -> timeout.cancel(false));
        } catch (RejectedExecutionException full) {
            failures.increment();
            if (writer.isShutdown()) {
                LOG.error("Audit log closed: a {} line is lost", action);
            } else {
                LOG.error("Audit log queue full ({} lines waiting for {}): a {} line is lost", QUEUE, dir, action);
            }
            written.completeExceptionally(new Unwritten(action));
        }
        return written;
    }

    /**
     * Records that a request whose line was asked for ({@link #record}) was refused after all: its
     * line came too late, not at all, or a step after it failed. Best effort, as a line of its own.
     */
    public void withheld(String action, Caller caller, Collection<String> subjects, String detail) {
        record(action + "-withheld", caller, subjects, detail);
    }

    /** A line the log could not write (logged and counted where it failed; no details to repeat). */
    public static final class Unwritten extends RuntimeException {
        Unwritten(String action) {
            super("the audit line of a " + action + " could not be written", null, false, false);
        }
    }

    /** Lines that could not be written since the start. */
    public long failures() {
        return failures.sum();
    }

    /**
     * Lines not written within the wait since the start: their check or report was refused, though
     * the line may have been written later (then followed by a {@code …-withheld} line).
     */
    public long late() {
        return late.sum();
    }

    private static ScheduledThreadPoolExecutor timers() {
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, daemon("audit-log-timer"));
        // a record answered in time cancels its timer: dropped at once, not kept for the wait
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }

    /** The log's threads never keep the JVM from exiting; {@link #close} drains what is queued. */
    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Whether the line is on the file. */
    private boolean append(String json) {
        FileChannel file = null;
        long before = -1;
        try {
            ByteBuffer bytes = ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8));
            file = file();
            before = file.size();
            while (bytes.hasRemaining()) {
                file.write(bytes);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            // a RuntimeException too (an attribute the file system cannot give): the line is
            // answered as unwritten either way, never left without an answer
            failures.increment();
            LOG.error("Cannot write the audit log in {}: {}", dir, e.toString());
            cutBack(file, before);
            closeQuietly();
            return false;
        }
    }

    /** Takes back what a failed write left of its line (a full disk), so the next line starts a line. */
    private static void cutBack(FileChannel file, long before) {
        if (file == null || before < 0) {
            return;
        }
        try {
            if (file.size() > before) {
                file.truncate(before);
            }
        } catch (IOException e) {
            LOG.error("Cannot take back a part-written audit line: {}", e.getMessage());
        }
    }

    /** The day's file, opened again when the day changed, after a failure, or when it was moved away. */
    private FileChannel file() throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        if (out != null && today.equals(openDay) && stillThere()) {
            return out;
        }
        closeQuietly();
        Files.createDirectories(dir);
        Path path = path(today);
        out = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        openDay = today;
        openFile = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        return out;
    }

    private Path path(LocalDate day) {
        return dir.resolve("audit-" + day + ".jsonl");
    }

    /** Whether the day's path still names the file open (fileKey: device and inode; null where unknown). */
    private boolean stillThere() {
        try {
            Object now = Files.readAttributes(path(openDay), BasicFileAttributes.class).fileKey();
            return openFile == null || openFile.equals(now);
        } catch (IOException gone) {
            return false;
        }
    }

    private void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.warn("closing the audit log: {}", e.getMessage());
            }
        }
        out = null;
        openDay = null;
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
            if (writer.awaitTermination(10, TimeUnit.SECONDS)) {
                closeQuietly();   // the writer is done with the file; else it still owns it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
