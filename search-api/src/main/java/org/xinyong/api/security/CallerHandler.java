package org.xinyong.api.security;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.xinyong.api.http.Problem;

/**
 * Resolves the caller of every API request: a valid {@code Authorization: Bearer <key>} (or
 * {@code X-Api-Key}) names a keyed client; an invalid key is a 401, not a silent downgrade;
 * anonymous callers are rate-limited per address ({@link ClientAddress}; 429 with Retry-After),
 * reports costing more than searches.
 */
public final class CallerHandler implements Handler<RoutingContext> {
    public static final String KEY = "caller";
    /** Where a request's client is kept: its key's id, or an anonymous caller's address bucket. */
    private static final String CLIENT = "client";

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final ClientAddress addresses;

    public CallerHandler(ApiKeys keys, RateLimiter limiter, ClientAddress addresses) {
        this.keys = keys;
        this.limiter = limiter;
        this.addresses = addresses;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String presented = presentedKey(ctx);
        if (presented != null) {
            Caller caller = keys.find(presented).orElseThrow(() -> Problem.of(401, "invalid-api-key", "API 密钥无效",
                    "The API key is not known; check it or call without one (with anonymous limits)."));
            ctx.put(KEY, caller);
            ctx.put(CLIENT, caller.id());
            ctx.next();
            return;
        }
        String address = addresses.of(ctx.request());
        String bucket = ClientAddress.bucket(address);
        long wait = limiter.tryAcquire(bucket, cost(ctx), System.nanoTime());
        if (wait > 0) {
            throw Problem.retryLater(429, "rate-limited", "请求过于频繁",
                    "Anonymous callers are limited per minute; retry later or use an API key.", wait);
        }
        ctx.put(KEY, Caller.anonymous(address));
        ctx.put(CLIENT, bucket);
        ctx.next();
    }

    /**
     * What a request costs of an anonymous caller's budget: a credit report (rendered, signed and
     * registered on two shared workers) or a report's verification (a PDF of up to 20 MB parsed)
     * ten searches' worth; one client asking for reports in a loop held up every other's.
     */
    static int cost(RoutingContext ctx) {
        // the path as the router matched it: /api//reports/verify/ is the same route
        String path = ctx.normalizedPath();
        if (path.endsWith("/") && path.length() > 1) {
            path = path.substring(0, path.length() - 1);
        }
        return path.endsWith("/report.pdf") || path.equals("/api/reports/verify") ? EXPENSIVE : 1;
    }

    static final int EXPENSIVE = 10;

    /**
     * The client a request counts against: its key, or for an anonymous caller the address bucket
     * its rate limit uses (an IPv6 /64 is one client).
     */
    public static String client(RoutingContext ctx) {
        String client = ctx.get(CLIENT);
        if (client == null) {
            throw new IllegalStateException("CallerHandler has not run for " + ctx.request().path());
        }
        return client;
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
