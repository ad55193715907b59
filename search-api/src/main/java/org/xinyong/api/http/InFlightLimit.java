package org.xinyong.api.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * At most so many requests of a route at once, and so many of one client, counted from before
 * their body is read until their answer is sent or their connection closed; past either a 503
 * with {@code Retry-After}. A body not received within the upload deadline ends the request with
 * a 408. Where a request's body is large and buffered whole (a PDF to verify, up to 20 MB), the
 * rate limit alone bounds how often one client may call, not how much memory uploads hold at once;
 * and without the per-client bound and the deadline, one client sending four uploads a byte a
 * minute held every slot for everyone. A platform handler, as Vert.x Web calls those that must run
 * before a route's body is read.
 */
public final class InFlightLimit implements PlatformHandler {
    private final int slots;
    private final int slotsPerClient;
    private final long uploadMillis;
    private final Function<RoutingContext, String> clientOf;
    private final String type;
    private final String title;
    private final AtomicInteger taken = new AtomicInteger();
    private final Map<String, Integer> takenByClient = new ConcurrentHashMap<>();

    /**
     * @param clientOf who a request counts against (its key, or an anonymous caller's address bucket)
     * @param type the problem type when the slots are taken
     */
    public InFlightLimit(int slots, int slotsPerClient, long uploadMillis, Function<RoutingContext, String> clientOf,
                         String type, String title) {
        this.slots = slots;
        this.slotsPerClient = slotsPerClient;
        this.uploadMillis = uploadMillis;
        this.clientOf = clientOf;
        this.type = type;
        this.title = title;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String client = clientOf.apply(ctx);
        if (!takeClientSlot(client)) {
            refuse(ctx, "This client already has as many of these requests under way as it may; please retry shortly.");
            return;
        }
        if (taken.incrementAndGet() > slots) {
            taken.decrementAndGet();
            giveClientSlot(client);
            refuse(ctx, "Too many of these requests are being handled at once; please retry shortly.");
            return;
        }
        long deadline = ctx.vertx().setTimer(uploadMillis, id -> {
            if (!ctx.request().isEnded()) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                closeAfterAnswer(ctx);
                ctx.fail(Problem.of(408, "upload-too-slow", "上传超时", "The request body did not arrive within "
                        + (uploadMillis % 1000 == 0 ? uploadMillis / 1000 + " s." : uploadMillis + " ms.")));
            }
        });
        // given back once: Vert.x calls a context's end handlers when the answer is sent or the
        // connection closes, whichever comes first
        ctx.addEndHandler(done -> {
            ctx.vertx().cancelTimer(deadline);
            taken.decrementAndGet();
            giveClientSlot(client);
        });
        ctx.next();
    }

    /**
     * A 503 before the body is read; the connection is closed after it, since the rest of the
     * body (up to the route's limit) would otherwise have to be read and thrown away.
     */
    private void refuse(RoutingContext ctx, String detail) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        closeAfterAnswer(ctx);
        ctx.fail(Problem.retryLater(503, type, title, detail, 5));
    }

    /** Before the answer is written: end handlers added after it are not called. */
    private static void closeAfterAnswer(RoutingContext ctx) {
        ctx.addEndHandler(done -> ctx.request().connection().close());
    }

    private boolean takeClientSlot(String client) {
        boolean[] took = {false};
        takenByClient.compute(client, (key, n) -> {
            int now = n == null ? 0 : n;
            if (now >= slotsPerClient) {
                return n;
            }
            took[0] = true;
            return now + 1;
        });
        return took[0];
    }

    private void giveClientSlot(String client) {
        takenByClient.computeIfPresent(client, (key, n) -> n <= 1 ? null : n - 1);
    }
}
