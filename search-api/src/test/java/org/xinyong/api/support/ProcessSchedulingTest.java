package org.xinyong.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The serving process's scheduling policy, read back from the kernel. In a child JVM: the policy
 * is the whole process's, and this test JVM goes on to start servers and Elasticsearch.
 */
class ProcessSchedulingTest {

    @Test
    void batch_movesEveryThread_andThreadsStartedLater_andChildProcesses() throws Exception {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux only");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Child.class.getName()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("before: main 0, running thread 0"), output);
        assertTrue(output.contains("batch: true"), output);
        assertTrue(output.contains("after: main 3, running thread 3, new thread 3, child process 3"), output);
    }

    /**
     * The policy of the calling thread, as {@code /proc/thread-self/stat} gives it (its 41st
     * field): 0 SCHED_OTHER, 3 SCHED_BATCH.
     */
    static int ownPolicy() throws IOException {
        String stat = Files.readString(Path.of("/proc/thread-self/stat"), StandardCharsets.US_ASCII);
        // the name, in parentheses, may hold spaces: fields are counted after its closing one
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Integer.parseInt(fields[41 - 3]);
    }

    /** Reports policies before and after {@link ProcessScheduling#batch}. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            CompletableFuture<Void> release = new CompletableFuture<>();
            CompletableFuture<Integer> runningBefore = new CompletableFuture<>();
            CompletableFuture<Integer> runningAfter = new CompletableFuture<>();
            Thread running = new Thread(() -> {
                try {
                    runningBefore.complete(ownPolicy());
                    release.join();
                    runningAfter.complete(ownPolicy());
                } catch (IOException e) {
                    runningAfter.completeExceptionally(e);
                }
            });
            running.start();
            System.out.println("before: main " + ownPolicy() + ", running thread " + runningBefore.get());
            System.out.println("batch: " + ProcessScheduling.batch());
            release.complete(null);
            CompletableFuture<Integer> later = new CompletableFuture<>();
            new Thread(() -> {
                try {
                    later.complete(ownPolicy());
                } catch (IOException e) {
                    later.completeExceptionally(e);
                }
            }).start();
            // a child's own policy: field 41 of /proc/self/stat, read by a shell it starts
            Process shell = new ProcessBuilder("sh", "-c", "cut -d')' -f2 /proc/self/stat | cut -d' ' -f40").start();
            String childPolicy = new String(shell.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            shell.waitFor();
            System.out.println("after: main " + ownPolicy() + ", running thread " + runningAfter.get()
                    + ", new thread " + later.get() + ", child process " + childPolicy);
        }
    }
}
