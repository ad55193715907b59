package org.xinyong.api.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the API's process under Linux's {@code SCHED_BATCH} policy: a thread of it that wakes (an
 * event loop on a request, or on an answer from Elasticsearch) no longer takes a core from a
 * thread in the middle of its work; it runs on an idle core, or when the running thread's slice
 * ends. It still gets its fair share of the CPU.
 *
 * <p>Why: the API shares its cores with Elasticsearch (the embedded default runs both on one
 * machine) and wakes three times a search. Each wakeup on a busy machine preempted one of
 * Elasticsearch's search threads mid-query, which then ran slower on caches the API had used.
 * Any process in between does it: nginx as a plain proxy in front of Elasticsearch (0.07 ms of
 * its own CPU a request) made Elasticsearch spend 0.12–0.26 ms more a request; the same nginx
 * under {@code SCHED_BATCH}, nothing measurable. For the API (decision record 5, 2026-11-27) the
 * gain is not clear: the whole process under {@code SCHED_BATCH} served more searches than the
 * default in 15 of 22 alternating rounds of three comparisons, but their rate medians moved by
 * +6, +7 and −6 %; the event loops alone, no difference (4 of 8 rounds). Hence off by default
 * ({@code xinyong.api.batch.scheduling}). The cost: on a machine whose every core is busy, a
 * thread of the API may wait for a slice (a millisecond or two) before it runs.
 *
 * <p>Threads started later inherit the policy from the thread that starts them, and so do child
 * processes: whatever this process starts after this call runs under {@code SCHED_BATCH} too
 * (the embedded Elasticsearch is started before the API). Done with util-linux's {@code chrt}:
 * the JDK has no call for it. Where that is not possible (not Linux, no {@code chrt}) the
 * process keeps the default policy and says so once; the server never fails to start for it.
 */
public final class ProcessScheduling {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessScheduling.class);
    /** A link to "PID/task/TID" of the thread that reads it (Linux 3.17 and later). */
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    private ProcessScheduling() {
    }

    /**
     * Moves every thread of this process to {@code SCHED_BATCH}. Blocking (it runs a command):
     * call it from a worker or the main thread. True if done; false, and said in the log, if not.
     */
    public static boolean batch() {
        if (!Files.isSymbolicLink(THREAD_SELF)) {
            LOG.info("The process keeps the default scheduling policy: not Linux ({} is absent)", THREAD_SELF);
            return false;
        }
        List<String> command = List.of("chrt", "--batch", "--all-tasks", "--pid", "0",
                String.valueOf(ProcessHandle.current().pid()));
        try {
            Process chrt = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!chrt.waitFor(10, TimeUnit.SECONDS)) {
                chrt.destroyForcibly();
                throw new IOException("chrt did not answer in 10 s");
            }
            String output = new String(chrt.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (chrt.exitValue() != 0) {
                throw new IOException("chrt --batch failed (" + chrt.exitValue() + "): " + output);
            }
        } catch (IOException e) {
            LOG.warn("The process keeps the default scheduling policy: {}", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        LOG.info("The API's threads under SCHED_BATCH: they wait for a core instead of preempting a running thread");
        return true;
    }
}
