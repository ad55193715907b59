package org.xinyong.api.security;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.xinyong.api.http.Problem;

/**
 * Resolves the caller of every API request: a valid {@code Authorization: Bearer <key>} (or
 * {@code X-Api-Key}) names a keyed client; an invalid key is a 401, not a silent downgrade;
 * anonymous callers are rate-limited per address (429 with Retry-After).
 */
public final class CallerHandler implements Handler<RoutingContext> {
    public static final String KEY = "caller";

    private final ApiKeys keys;
    private final RateLimiter limiter;

    public CallerHandler(ApiKeys keys, RateLimiter limiter) {
        this.keys = keys;
        this.limiter = limiter;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String presented = presentedKey(ctx);
        if (presented != null) {
            Caller caller = keys.find(presented).orElseThrow(() -> Problem.of(401, "invalid-api-key", "API 密钥无效",
                    "The API key is not known; check it or call without one (with anonymous limits)."));
            ctx.put(KEY, caller);
            ctx.next();
            return;
        }
        String address = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
        long wait = limiter.tryAcquire(address, 1, System.nanoTime());
        if (wait > 0) {
            throw Problem.retryLater(429, "rate-limited", "请求过于频繁",
                    "Anonymous callers are limited per minute; retry later or use an API key.", wait);
        }
        ctx.put(KEY, Caller.anonymous(address));
        ctx.next();
    }

    public static Caller of(RoutingContext ctx) {
        Caller caller = ctx.get(KEY);
        return caller != null ? caller : Caller.anonymous("unknown");
    }

    private static String presentedKey(RoutingContext ctx) {
        String auth = ctx.request().getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).strip();
        }
        String header = ctx.request().getHeader("X-Api-Key");
        return header == null || header.isBlank() ? null : header.strip();
    }
}
