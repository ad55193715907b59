package org.xinyong.api.ops;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.xinyong.core.es.Visibility;

/**
 * Caches the JSON answers of public GET endpoints (search, suggest, subject files). The key holds
 * the data generation, so an alias swap or a status change makes every older entry unreachable at
 * once, and the publicity day, so no answer of one day is served the next: at midnight in Nantong
 * the records whose publicity ended (and the persons left with none) leave the answers at once, as
 * they leave Elasticsearch's ({@link Visibility}), not up to a TTL later. The TTL bounds the rest.
 */
public final class ResponseCache implements Handler<RoutingContext> {
    public static final String KEY = "responseCacheKey";

    private final Cache<String, byte[]> cache;
    private final LongSupplier generation;
    private final Clock clock;
    private final boolean enabled;

    /** @param maxEntries 0: no caching (and no cache key hashed per request) */
    public ResponseCache(long maxEntries, Duration ttl, LongSupplier generation, Clock clock) {
        this.enabled = maxEntries > 0;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(ttl).recordStats().build();
        this.generation = generation;
        this.clock = clock;
    }

    private static final long DAY_MILLIS = 86_400_000L;
    private static final long OFFSET_MILLIS = ZoneOffset.of(Visibility.TIME_ZONE).getTotalSeconds() * 1000L;

    /** The publicity day of an instant: its date in Nantong, the day Elasticsearch's {@code now/d} names. */
    static long publicityDay(long epochMillis) {
        return Math.floorDiv(epochMillis + OFFSET_MILLIS, DAY_MILLIS);
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
        return key(request(ctx.request().path(), ctx.queryParams()));
    }

    /**
     * A request as one string that no other request gives: the path and every parameter, names
     * sorted (a parameter's values in the order sent), the separators escaped in each part, so
     * none can hold them. A key written as {@code {q=…, size=20}} let one value pose as two
     * parameters ({@code q=南通某公司, size=20} as the text typed): a request matching nothing
     * cached under the key of a visitor's, an empty black list served to everyone asking after
     * that company for the TTL.
     */
    static String request(String path, MultiMap params) {
        StringBuilder request = new StringBuilder(64);
        escape(path, request);
        request.append('?');
        for (String name : new TreeSet<>(params.names())) {
            for (String value : params.getAll(name)) {
                escape(name, request);
                request.append('=');
                escape(value, request);
                request.append('&');
            }
        }
        return request.toString();
    }

    /**
     * The part with {@code %}, {@code ?}, {@code &} and {@code =} percent-encoded: one spelling per
     * part, none of them a separator. Not {@link java.net.URLEncoder}: it encodes every Chinese
     * character through a charset encoder, on every cached answer (a fifth fewer of them a second).
     */
    private static void escape(String part, StringBuilder out) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '?' -> out.append("%3F");
                case '&' -> out.append("%26");
                case '=' -> out.append("%3D");
                default -> out.append(c);
            }
        }
    }

    /** The key of a {@link #request} now: the data generation, the publicity day, the request. */
    String key(String request) {
        // hashed: a query may be a resident ID, which must not sit in memory as the key
        return generation.getAsLong() + ":" + publicityDay(clock.millis()) + ":"
                + org.xinyong.api.security.ApiKeys.sha256(request);
    }
}
