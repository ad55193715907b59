package org.xinyong.indexer.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * Writes documents with the {@code _bulk} API over the low-level client: NDJSON serialised once
 * with Jackson, batches of bounded size, a fixed number of requests in flight (the producer
 * blocks when they are all busy, so memory stays bounded), retries with back-off when the server
 * pushes back (429), and every refused document handed to a listener with the server's reason:
 * nothing is dropped silently.
 */
public final class BulkWriter implements AutoCloseable {

    /** A document Elasticsearch refused, with the tag its producer attached (e.g. a line number). */
    public record Failure(Object tag, String id, String reason) {
    }

    private static final ContentType NDJSON = ContentType.create("application/x-ndjson");
    private static final int MAX_RETRIES = 8;

    private final RestClient rest;
    private final ObjectMapper mapper;
    private final int batchDocs;
    private final int batchBytes;
    private final Consumer<Failure> onFailure;
    private final ExecutorService workers;
    private final BlockingQueue<Object> slots;
    private final List<Future<?>> inFlight = new ArrayList<>();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    /**
     * Request bodies are reused, one per request in flight plus the one being filled: a fresh
     * multi-megabyte array per batch is a "humongous" allocation for G1, and a million records
     * made hundreds of them, each starting a concurrent collection (GC log, 2026-11-26).
     */
    private final BlockingQueue<Body> freeBodies;
    private Body buffer;
    private List<Object> tags = new ArrayList<>();
    private List<String> ids = new ArrayList<>();
    private volatile RuntimeException fatal;

    public BulkWriter(RestClient rest, ObjectMapper mapper, int batchDocs, int batchBytes, int concurrency,
                      Consumer<Failure> onFailure) {
        this.rest = rest;
        this.mapper = mapper;
        this.batchDocs = batchDocs;
        this.batchBytes = batchBytes;
        this.onFailure = onFailure;
        this.workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "bulk-writer");
            t.setDaemon(true);
            return t;
        });
        this.slots = new ArrayBlockingQueue<>(concurrency);
        this.freeBodies = new ArrayBlockingQueue<>(concurrency + 1);
        for (int i = 0; i < concurrency; i++) {
            freeBodies.add(new Body());
        }
        this.buffer = new Body();
    }

    /** A growable request body whose array is handed to the HTTP entity without a copy. */
    private static final class Body extends ByteArrayOutputStream {
        Body() {
            super(1 << 20);
        }

        ByteArrayEntity entity() {
            return new ByteArrayEntity(buf, 0, count, NDJSON);
        }
    }

    /** Index (create or replace) {@code doc} under {@code id}. */
    public void index(String index, String id, Object doc, Object tag) {
        ObjectNode action = mapper.createObjectNode();
        action.putObject("index").put("_index", index).put("_id", id);
        append(action, doc, id, tag);
    }

    /** Merge {@code partial} into the existing document (no scripting needed: a plain doc update). */
    public void update(String index, String id, Object partial, Object tag) {
        ObjectNode action = mapper.createObjectNode();
        action.putObject("update").put("_index", index).put("_id", id);
        ObjectNode body = mapper.createObjectNode();
        body.set("doc", mapper.valueToTree(partial));
        append(action, body, id, tag);
    }

    /** Appends pre-serialised NDJSON lines (benchmarks compare against exactly this path). */
    public void appendRaw(byte[] actionAndSource, String id, Object tag) {
        checkFatal();
        buffer.writeBytes(actionAndSource);
        ids.add(id);
        tags.add(tag);
        maybeFlush();
    }

    private void append(JsonNode action, Object source, String id, Object tag) {
        checkFatal();
        byte[] actionLine;
        byte[] sourceLine;
        try {
            // both serialised before either is written: an action line without its source would
            // pair the next document's action with this one's place in the request
            actionLine = mapper.writeValueAsBytes(action);
            sourceLine = mapper.writeValueAsBytes(source);
        } catch (JsonProcessingException e) {
            onFailure.accept(new Failure(tag, id, "cannot serialise: " + e.getOriginalMessage()));
            failed.incrementAndGet();
            return;
        }
        buffer.writeBytes(actionLine);
        buffer.write('\n');
        buffer.writeBytes(sourceLine);
        buffer.write('\n');
        ids.add(id);
        tags.add(tag);
        maybeFlush();
    }

    private void maybeFlush() {
        if (ids.size() >= batchDocs || buffer.size() >= batchBytes) {
            send();
        }
    }

    private void send() {
        if (ids.isEmpty()) {
            return;
        }
        Body body = buffer;
        List<Object> batchTags = tags;
        List<String> batchIds = ids;
        tags = new ArrayList<>();
        ids = new ArrayList<>();
        try {
            slots.put(Boolean.TRUE);
            // a body is free again once its request is answered; one more than the slots exists
            buffer = freeBodies.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to Elasticsearch", e);
        }
        synchronized (inFlight) {
            inFlight.removeIf(Future::isDone);
            inFlight.add(workers.submit(() -> {
                try {
                    execute(body, batchIds, batchTags);
                } catch (RuntimeException e) {
                    fatal = e;
                } finally {
                    body.reset();
                    freeBodies.add(body);
                    slots.poll();
                }
            }));
        }
    }

    private void execute(Body body, List<String> batchIds, List<Object> batchTags) {
        Request request = new Request("POST", "/_bulk");
        request.addParameter("filter_path", "errors,items.*.error,items.*.status");
        request.setEntity(body.entity());
        for (int attempt = 0; ; attempt++) {
            try {
                Response response = rest.performRequest(request);
                JsonNode result = mapper.readTree(response.getEntity().getContent());
                handleItems(result, batchIds, batchTags);
                return;
            } catch (ResponseException e) {
                int status = e.getResponse().getStatusLine().getStatusCode();
                if (status == 429 && attempt < MAX_RETRIES) {
                    backOff(attempt);
                    continue;
                }
                throw new IllegalStateException("Elasticsearch refused a bulk request (HTTP " + status + ")", e);
            } catch (IOException e) {
                if (attempt < 2) {
                    backOff(attempt);
                    continue;
                }
                throw new UncheckedIOException("Elasticsearch unreachable during a bulk write", e);
            }
        }
    }

    private void handleItems(JsonNode result, List<String> batchIds, List<Object> batchTags) {
        if (!result.path("errors").asBoolean(false)) {
            written.addAndGet(batchIds.size());
            return;
        }
        JsonNode items = result.path("items");
        // items without an error are filtered down to their status, so positions still line up
        for (int i = 0; i < batchIds.size(); i++) {
            JsonNode item = items.path(i);
            JsonNode op = item.elements().hasNext() ? item.elements().next() : mapper.createObjectNode();
            JsonNode error = op.path("error");
            if (error.isMissingNode()) {
                written.incrementAndGet();
            } else {
                failed.incrementAndGet();
                onFailure.accept(new Failure(batchTags.get(i), batchIds.get(i),
                        error.path("type").asText() + ": " + error.path("reason").asText()));
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(5_000, 100L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkFatal() {
        if (fatal != null) {
            throw fatal;
        }
    }

    /** Sends what is buffered and waits until every request has been answered. */
    public void flush() {
        send();
        List<Future<?>> pending;
        synchronized (inFlight) {
            pending = new ArrayList<>(inFlight);
            inFlight.clear();
        }
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing to Elasticsearch", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        checkFatal();
    }

    public long written() {
        return written.get();
    }

    public long failed() {
        return failed.get();
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            workers.shutdownNow();
        }
    }
}
