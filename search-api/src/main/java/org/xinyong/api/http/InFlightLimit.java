package org.xinyong.api.http;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most so many requests of a route at once, counted from before their body is read until their
 * answer is sent or their connection closed; past that a 503 with {@code Retry-After}. Where a
 * request's body is large and buffered whole (a PDF to verify, up to 20 MB), the rate limit alone
 * bounds how often one client may call, not how much memory many clients' uploads hold at once.
 * A platform handler, as Vert.x Web calls those that must run before a route's body is read.
 */
public final class InFlightLimit implements PlatformHandler {
    private final int slots;
    private final String type;
    private final String title;
    private final AtomicInteger taken = new AtomicInteger();

    /**
     * @param type the problem type when every slot is taken
     */
    public InFlightLimit(int slots, String type, String title) {
        this.slots = slots;
        this.type = type;
        this.title = title;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (taken.incrementAndGet() > slots) {
            taken.decrementAndGet();
            throw Problem.retryLater(503, type, title,
                    "Too many of these requests are being handled at once; please retry shortly.", 5);
        }
        // given back once: Vert.x calls a context's end handlers when the answer is sent or the
        // connection closes, whichever comes first
        ctx.addEndHandler(done -> taken.decrementAndGet());
        ctx.next();
    }
}
