package org.xinyong.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Per-client token buckets for anonymous callers: {@code perMinute} requests a minute, refilled
 * continuously, a burst of the same size. Buckets of idle clients expire, so memory is bounded by
 * the number of active clients.
 */
public final class RateLimiter {
    private final double perNano;
    private final double capacity;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    public RateLimiter(int perMinute) {
        this.capacity = perMinute;
        this.perNano = perMinute / 60e9;
    }

    /** Takes {@code cost} tokens; returns 0 when allowed, else the seconds to wait. */
    public long tryAcquire(String client, int cost, long nowNanos) {
        cost = (int) Math.min(cost, capacity);   // a budget smaller than a cost still buys it, once full
        Bucket bucket = buckets.get(client, k -> new Bucket(capacity, nowNanos));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (nowNanos - bucket.updated) * perNano);
            bucket.updated = nowNanos;
            if (bucket.tokens >= cost) {
                bucket.tokens -= cost;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((cost - bucket.tokens) / perNano / 1e9));
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
