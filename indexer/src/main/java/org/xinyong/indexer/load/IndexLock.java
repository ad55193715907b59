package org.xinyong.indexer.load;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps two indexers from writing at once: a document created with {@code op_type=create} (only
 * one creator can win), carrying its owner and an expiry that a heartbeat pushes forward. A
 * crashed indexer stops renewing, so its lock expires and the next run takes over; a lock whose
 * owner is a dead process on this host is taken over at once.
 */
public final class IndexLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexLock.class);
    static final String LOCK_ID = "indexer-lock";

    private final ElasticsearchClient client;
    private final String index;
    private final Duration ttl;
    private final Clock clock;
    private final String owner;
    private final ScheduledExecutorService heartbeat;

    private IndexLock(ElasticsearchClient client, String index, Duration ttl, Clock clock, String owner) {
        this.client = client;
        this.index = index;
        this.ttl = ttl;
        this.clock = clock;
        this.owner = owner;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, ttl.toMillis() / 3);
        heartbeat.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
    }

    /** Takes the lock or fails with {@link IndexLockedException} naming the holder. */
    public static IndexLock acquire(ElasticsearchClient client, String metaIndex, Duration ttl, Clock clock) {
        String owner = ownerId();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Instant expires = clock.instant().plus(ttl);
                client.create(c -> c.index(metaIndex).id(LOCK_ID).refresh(Refresh.True)
                        .document(Map.of("type", "lock", "owner", owner, "expiresAt", expires.toString())));
                return new IndexLock(client, metaIndex, ttl, clock, owner);
            } catch (ElasticsearchException | IOException e) {
                if (status(e) != 409) {
                    throw e instanceof IOException io ? new UncheckedIOException(io) : (ElasticsearchException) e;
                }
                takeOverIfStale(client, metaIndex, clock);
            }
        }
        throw new IndexLockedException(describeHolder(client, metaIndex));
    }

    private static void takeOverIfStale(ElasticsearchClient client, String metaIndex, Clock clock) {
        try {
            GetResponse<JsonNode> current = client.get(g -> g.index(metaIndex).id(LOCK_ID), JsonNode.class);
            if (!current.found()) {
                return;
            }
            JsonNode doc = current.source();
            Instant expires = Instant.parse(doc.path("expiresAt").asText());
            String holder = doc.path("owner").asText();
            boolean expired = expires.isBefore(clock.instant());
            boolean deadHere = holderProcessIsDead(holder);
            if (!expired && !deadHere) {
                throw new IndexLockedException(holder + " until " + expires);
            }
            LOG.warn("Taking over the index lock of {} ({})", holder, expired ? "expired" : "its process is gone");
            // only delete the version we looked at: if the holder just renewed, we lose the race, correctly
            client.delete(d -> d.index(metaIndex).id(LOCK_ID).ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())
                    .refresh(Refresh.True));
        } catch (ElasticsearchException | IOException e) {
            int status = status(e);
            if (status != 409 && status != 404) {
                throw e instanceof IOException io ? new UncheckedIOException(io) : (ElasticsearchException) e;
            }
        }
    }

    /** The HTTP status of a failed call, however the client chose to report it. */
    static int status(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return es.status();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.elasticsearch.client.ResponseException re) {
                return re.getResponse().getStatusLine().getStatusCode();
            }
        }
        return -1;
    }

    private static boolean holderProcessIsDead(String holder) {
        String[] parts = holder.split("@|:");
        if (parts.length != 3 || !parts[1].equals(hostName())) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(parts[2])).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String describeHolder(ElasticsearchClient client, String metaIndex) {
        try {
            GetResponse<JsonNode> current = client.get(g -> g.index(metaIndex).id(LOCK_ID), JsonNode.class);
            return current.found()
                    ? current.source().path("owner").asText() + " until " + current.source().path("expiresAt").asText()
                    : "another indexer";
        } catch (IOException | ElasticsearchException e) {
            return "another indexer";
        }
    }

    private void renew() {
        try {
            client.index(i -> i.index(index).id(LOCK_ID)
                    .document(Map.of("type", "lock", "owner", owner, "expiresAt", clock.instant().plus(ttl).toString())));
        } catch (IOException | ElasticsearchException e) {
            LOG.warn("Could not renew the index lock: {}", e.getMessage());
        }
    }

    public String owner() {
        return owner;
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            client.delete(d -> d.index(index).id(LOCK_ID).refresh(Refresh.True));
        } catch (IOException | ElasticsearchException e) {
            LOG.warn("Could not release the index lock (it expires by itself): {}", e.getMessage());
        }
    }

    private static String ownerId() {
        return "indexer@" + hostName() + ":" + ProcessHandle.current().pid();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
