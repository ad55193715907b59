package org.xinyong.api.support;

import co.elastic.clients.elasticsearch.core.GetResponse;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinyong.api.Backend;
import org.xinyong.core.es.Freshness;

/**
 * Follows the data generation in the meta index (bumped by every indexer run, alias swap and
 * status change) with a cheap periodic GET. Caches put the generation into their keys, so a
 * change invalidates them within one poll interval without any message bus.
 */
public final class FreshnessWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FreshnessWatcher.class);

    private final Backend backend;
    private final Vertx vertx;
    private final AtomicReference<Freshness> current = new AtomicReference<>(new Freshness(0, null));
    private final long timer;

    public FreshnessWatcher(Vertx vertx, Backend backend, long intervalMillis) {
        this.vertx = vertx;
        this.backend = backend;
        poll();
        this.timer = vertx.setPeriodic(intervalMillis, id -> poll());
    }

    public long generation() {
        return current.get().generation();
    }

    public Instant dataAsOf() {
        return current.get().dataAsOf();
    }

    /**
     * A change made by this process (a repair approved): its new generation takes effect before
     * the request that made it answers, so the caller's next read cannot hit an older cache entry.
     */
    public void advanceTo(Freshness fresh) {
        current.accumulateAndGet(fresh, (old, now) -> now.generation() > old.generation() ? now : old);
    }

    /** Asks Elasticsearch again without waiting for the next tick. */
    public void refreshNow() {
        poll();
    }

    private void poll() {
        backend.async().get(g -> g.index(backend.names().meta()).id(Freshness.DOC_ID), Freshness.class)
                .whenComplete((GetResponse<Freshness> response, Throwable error) -> {
                    if (error != null) {
                        LOG.debug("freshness poll failed: {}", error.toString());
                        return;
                    }
                    if (response.found() && response.source() != null) {
                        Freshness fresh = response.source();
                        Freshness old = current.getAndAccumulate(fresh,
                                (was, seen) -> seen.generation() >= was.generation() ? seen : was);
                        if (old.generation() < fresh.generation()) {
                            LOG.info("Data generation {} (as of {})", fresh.generation(), fresh.dataAsOf());
                        }
                    }
                });
    }

    @Override
    public void close() {
        vertx.cancelTimer(timer);
    }
}
