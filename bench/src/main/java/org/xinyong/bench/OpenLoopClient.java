package org.xinyong.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntToLongFunction;

/**
 * An open-loop load generator, run as a child JVM by ApiBenchmark: sends GET requests at a fixed
 * rate whatever the answers do, and measures each latency from the time the request was
 * <em>scheduled</em>, so a slow server is charged for the requests it delays (no coordinated
 * omission, unlike closed-loop tools such as wrk).
 *
 * <p>One thread, one selector, plain HTTP/1.1 keep-alive connections opened as needed (a request
 * due while every connection waits for an answer gets a new one, up to {@link #MAX_CONNECTIONS};
 * past that it queues, and the queueing counts in its latency). Why not the JDK's HttpClient: it
 * hands every request and answer between threads and allocates per request; against answers the
 * API already holds in its cache it alone put 5.6 ms into the p99 at 200 req/s, a floor under
 * every figure this client reports. ApiBenchmark measures that floor before each sweep.
 *
 * <p>Usage: {@code OpenLoopClient BASE_URL PATHS_FILE RATE_PER_S SECONDS [WARMUP_SECONDS=5]};
 * prints one {@code OPEN ...} line with the percentiles in microseconds.
 */
public final class OpenLoopClient {
    private static final int MAX_CONNECTIONS = 256;
    /** After the last send, how long answers are awaited before the rest count as errors. */
    private static final long DRAIN_NANOS = 30_000_000_000L;

    private final InetSocketAddress address;
    private final List<byte[]> requests;
    private final Selector selector;
    private final List<Connection> idle = new ArrayList<>();
    private int open;

    private OpenLoopClient(URI base, List<String> paths) throws IOException {
        this.address = new InetSocketAddress(base.getHost(), base.getPort());
        this.requests = paths.stream().map(p -> new RequestLine("GET", p, null).toHttp(base)).toList();
        this.selector = Selector.open();
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        List<String> paths = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        OpenLoopClient client = new OpenLoopClient(base, paths);
        if (warmup > 0) {
            client.run(rate, warmup, 0);
        }
        Result r = client.run(rate, seconds, 7919);
        long[] lat = r.latencies;
        Arrays.sort(lat);
        System.out.printf("OPEN rate=%.0f sent=%d ok=%d errors=%d cache_hits=%d achieved_rps=%.1f p50_us=%.0f "
                        + "p90_us=%.0f p99_us=%.0f p999_us=%.0f max_us=%.0f connections=%d%n", rate, r.sent, lat.length,
                r.errors, r.cacheHits, lat.length / (seconds * 1.0), Bench.percentile(lat, 50) / 1e3,
                Bench.percentile(lat, 90) / 1e3, Bench.percentile(lat, 99) / 1e3, Bench.percentile(lat, 99.9) / 1e3,
                lat.length == 0 ? Double.NaN : lat[lat.length - 1] / 1e3, client.open);
        System.exit(0);
    }

    private record Result(long sent, long errors, long cacheHits, long[] latencies) {
    }

    /** Counters of one run. */
    private static final class Run {
        final long[] latencies;
        int answered;
        int failed;
        int cacheHits;

        Run(int total) {
            latencies = new long[total];
        }

        boolean finished() {
            return answered + failed == latencies.length;
        }
    }

    private Result run(double rate, int seconds, int offset) throws IOException {
        long interval = (long) (1e9 / rate);
        int total = (int) (rate * seconds);
        Run run = new Run(total);
        ArrayDeque<Integer> backlog = new ArrayDeque<>();
        long start = System.nanoTime() + 10_000_000;
        IntToLongFunction due = i -> start + i * interval;   // when request i is scheduled
        int next = 0;
        while (!run.finished()) {
            long now = System.nanoTime();
            for (; next < total && due.applyAsLong(next) <= now; next++) {
                backlog.add(next);
            }
            while (!backlog.isEmpty() && (!idle.isEmpty() || open < MAX_CONNECTIONS)) {
                int i = backlog.poll();
                Connection c = idle.isEmpty() ? connect() : idle.remove(idle.size() - 1);
                c.send(requests.get((offset + i) % requests.size()), run, due.applyAsLong(i));
            }
            if (next == total && now - due.applyAsLong(total - 1) > DRAIN_NANOS) {
                break;
            }
            long wait = next < total ? due.applyAsLong(next) - now : 100_000_000;
            if (wait >= 1_000_000) {
                selector.select(wait / 1_000_000);
            } else if (selector.selectNow() == 0 && wait > 0) {
                LockSupport.parkNanos(Math.min(wait, 200_000));
            }
            Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                ((Connection) key.attachment()).ready(key);
            }
        }
        long unanswered = total - run.answered - run.failed;
        return new Result(total, run.failed + unanswered, run.cacheHits, Arrays.copyOf(run.latencies, run.answered));
    }

    private Connection connect() throws IOException {
        SocketChannel channel = SocketChannel.open();
        channel.configureBlocking(false);
        channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
        channel.connect(address);
        open++;
        return new Connection(channel);
    }

    /** One keep-alive connection: at most one request in flight. */
    private final class Connection {
        private final SocketChannel channel;
        private final SelectionKey key;
        private final ResponseReader reader = new ResponseReader();
        private final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        private ByteBuffer out;
        private Run run;
        private long scheduled;

        Connection(SocketChannel channel) throws IOException {
            this.channel = channel;
            this.key = channel.register(selector, SelectionKey.OP_CONNECT, this);
        }

        void send(byte[] request, Run run, long scheduled) throws IOException {
            this.run = run;
            this.scheduled = scheduled;
            this.out = ByteBuffer.wrap(request);
            reader.reset();
            if (channel.isConnected()) {
                write();
            }
        }

        void ready(SelectionKey k) {
            try {
                if (k.isConnectable()) {
                    channel.finishConnect();
                    write();
                    return;
                }
                if (k.isWritable()) {
                    write();
                }
                if (k.isReadable()) {
                    read();
                }
            } catch (IOException | RuntimeException e) {
                fail();
            }
        }

        private void write() throws IOException {
            channel.write(out);
            key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        private void read() throws IOException {
            int n = channel.read(in);
            if (n < 0) {
                throw new IOException("connection closed by the server");
            }
            in.flip();
            boolean done = reader.feed(in);
            in.clear();
            if (done) {
                long latency = System.nanoTime() - scheduled;
                if (reader.status == 200) {
                    run.latencies[run.answered++] = latency;
                    if (reader.cacheHit) {
                        run.cacheHits++;
                    }
                } else {
                    run.failed++;
                }
                run = null;
                key.interestOps(0);
                idle.add(this);
            }
        }

        private void fail() {
            if (run != null) {
                run.failed++;
                run = null;
            }
            key.cancel();
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
            idle.remove(this);
            open--;
        }
    }

    /** Reads one HTTP/1.1 answer (Content-Length or chunked), keeping only status and X-Cache. */
    static final class ResponseReader {
        private final StringBuilder head = new StringBuilder();
        private boolean inBody;
        private boolean chunked;
        private long remaining;
        private final StringBuilder chunkLine = new StringBuilder();
        /** In chunked bodies: 0 = reading a size line, 1 = data, 2 = the CRLF after data, 3 = trailer. */
        private int chunkState;
        int status;
        boolean cacheHit;

        void reset() {
            head.setLength(0);
            inBody = false;
            chunked = false;
            remaining = 0;
            chunkLine.setLength(0);
            chunkState = 0;
            status = 0;
            cacheHit = false;
        }

        /** Consumes {@code buf}; true when the answer is complete. */
        boolean feed(ByteBuffer buf) {
            while (buf.hasRemaining()) {
                if (!inBody) {
                    head.append((char) buf.get());
                    int len = head.length();
                    if (len >= 4 && head.charAt(len - 1) == '\n' && head.charAt(len - 2) == '\r'
                            && head.charAt(len - 3) == '\n' && head.charAt(len - 4) == '\r') {
                        parseHead();
                        inBody = true;
                        if (!chunked && remaining == 0) {
                            return true;
                        }
                    }
                } else if (!chunked) {
                    if (skipRemaining(buf)) {
                        return true;
                    }
                } else if (chunk(buf)) {
                    return true;
                }
            }
            return false;
        }

        private boolean chunk(ByteBuffer buf) {
            switch (chunkState) {
                case 1 -> {
                    if (skipRemaining(buf)) {
                        chunkState = 2;
                    }
                }
                case 0, 2, 3 -> {
                    char c = (char) buf.get();
                    if (c != '\n') {
                        chunkLine.append(c);
                        return false;
                    }
                    String line = chunkLine.toString().trim();
                    chunkLine.setLength(0);
                    if (chunkState == 2) {
                        chunkState = 0;
                    } else if (chunkState == 3) {
                        return line.isEmpty();
                    } else {
                        int semicolon = line.indexOf(';');
                        remaining = Long.parseLong(semicolon < 0 ? line : line.substring(0, semicolon), 16);
                        chunkState = remaining == 0 ? 3 : 1;
                    }
                }
                default -> throw new IllegalStateException("chunk state " + chunkState);
            }
            return false;
        }

        /** Skips up to {@code remaining} body bytes of {@code buf}; true when none remain. */
        private boolean skipRemaining(ByteBuffer buf) {
            int take = (int) Math.min(remaining, buf.remaining());
            buf.position(buf.position() + take);
            remaining -= take;
            return remaining == 0;
        }

        private void parseHead() {
            String[] lines = head.toString().split("\r\n");
            status = Integer.parseInt(lines[0].split(" ", 3)[1]);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = lines[i].substring(0, colon).trim();
                String value = lines[i].substring(colon + 1).trim();
                if (name.equalsIgnoreCase("content-length")) {
                    remaining = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("x-cache") && value.equals("HIT")) {
                    cacheHit = true;
                }
            }
        }
    }
}
