package org.xinyong.api.ops;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * Caches the JSON answers of public GET endpoints (search, suggest, subject files). The key holds
 * the data generation, so an alias swap or a status change makes every older entry unreachable at
 * once; the TTL bounds how long a record can outlive the day its publicity ends.
 */
public final class ResponseCache implements Handler<RoutingContext> {
    public static final String KEY = "responseCacheKey";

    private final Cache<String, byte[]> cache;
    private final LongSupplier generation;
    private final boolean enabled;

    /** @param maxEntries 0: no caching (and no cache key hashed per request) */
    public ResponseCache(long maxEntries, Duration ttl, LongSupplier generation) {
        this.enabled = maxEntries > 0;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(ttl).recordStats().build();
        this.generation = generation;
    }

    public Cache<String, byte[]> cache() {
        return cache;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!enabled) {
            ctx.next();
            return;
        }
        String key = key(ctx);
        byte[] cached = cache.getIfPresent(key);
        if (cached != null) {
            ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                    .putHeader("X-Cache", "HIT")
                    .end(Buffer.buffer(cached));
            return;
        }
        ctx.put(KEY, key);
        ctx.put(ResponseCache.class.getName(), this);
        ctx.next();
    }

    /** Called by the JSON writer with a successful answer to remember. */
    public static void storeIfCaching(RoutingContext ctx, byte[] body) {
        ResponseCache owner = ctx.get(ResponseCache.class.getName());
        if (owner != null) {
            owner.store(ctx, body);
        }
    }

    private void store(RoutingContext ctx, byte[] body) {
        String key = ctx.get(KEY);
        if (key != null) {
            cache.put(key, body);
        }
    }

    private String key(RoutingContext ctx) {
        Map<String, String> params = new TreeMap<>();
        ctx.queryParams().forEach(e -> params.merge(e.getKey(), e.getValue(), (a, b) -> a + "\u0001" + b));
        // hashed: a query may be a resident ID, which must not sit in memory as the key
        return generation.getAsLong() + ":" + org.xinyong.api.security.ApiKeys.sha256(ctx.request().path() + " " + params);
    }
}
