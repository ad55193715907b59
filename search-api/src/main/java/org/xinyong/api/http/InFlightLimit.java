package org.xinyong.api.http;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * At most so many requests of a route at once, and so many of one client; past either a 503 with
 * {@code Retry-After}. A slot is held from before the body is read until the request is over and
 * the work it started ({@link #holdUntil}) is done: a client that closed its connection as soon as
 * its upload was sent would otherwise free its slot while its work still waited for the workers,
 * and could queue any amount of it. A body not received within the upload deadline ends the
 * request with a 408.
 *
 * <p>Where a request's body is large and buffered whole (a PDF to verify, up to 20 MB), the rate
 * limit alone bounds how often one client may call, not how much memory uploads hold at once; and
 * without the per-client bound and the deadline, one client sending four uploads a byte a minute
 * held every slot for everyone. A refused upload's remaining body is read and dropped before the
 * connection is closed: closed with data unread, the kernel resets the connection, and the client
 * sees "connection reset", not the answer. A platform handler, as Vert.x Web calls those that must
 * run before a route's body is read.
 */
public final class InFlightLimit implements PlatformHandler {
    private static final String SLOT = InFlightLimit.class.getName();
    /** How long a refused request's remaining body is read and dropped before the connection is closed anyway. */
    private static final long DRAIN_MILLIS = 30_000;

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
            refuse(ctx, Problem.retryLater(503, type, title,
                    "This client already has as many of these requests under way as it may; please retry shortly.", 5));
            return;
        }
        if (taken.incrementAndGet() > slots) {
            taken.decrementAndGet();
            giveClientSlot(client);
            refuse(ctx, Problem.retryLater(503, type, title,
                    "Too many of these requests are being handled at once; please retry shortly.", 5));
            return;
        }
        Slot slot = new Slot(client);
        ctx.put(SLOT, slot);
        long deadline = ctx.vertx().setTimer(uploadMillis, id -> {
            if (!ctx.request().isEnded()) {
                refuse(ctx, Problem.of(408, "upload-too-slow", "上传超时", "The request body did not arrive within "
                        + (uploadMillis % 1000 == 0 ? uploadMillis / 1000 + " s." : uploadMillis + " ms.")));
            }
        });
        // Vert.x calls a context's end handlers once, when the answer is sent or the connection
        // closes, whichever comes first
        ctx.addEndHandler(done -> {
            ctx.vertx().cancelTimer(deadline);
            slot.release();
        });
        ctx.next();
    }

    /**
     * Keeps the request's slot until {@code work} is done too (work handed to workers, which may
     * outlast the request when its client goes away). No-op on a route without this limit.
     */
    public static void holdUntil(RoutingContext ctx, Future<?> work) {
        Slot slot = ctx.get(SLOT);
        if (slot != null) {
            slot.hold();
            work.onComplete(done -> slot.release());
        }
    }

    /** Slots taken now (for tests, which wait on it instead of on time). */
    int taken() {
        return taken.get();
    }

    /**
     * The answer, then the rest of the body read and dropped (no memory held), then the connection
     * closed; closed anyway after {@link #DRAIN_MILLIS}.
     */
    private static void refuse(RoutingContext ctx, Problem problem) {
        HttpServerRequest request = ctx.request();
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        // before the answer is written: end handlers added after it are not called
        ctx.addEndHandler(answered -> {
            if (request.isEnded()) {
                request.connection().close();
                return;
            }
            long stop = ctx.vertx().setTimer(DRAIN_MILLIS, id -> request.connection().close());
            request.handler(dropped -> { })
                    .endHandler(end -> {
                        ctx.vertx().cancelTimer(stop);
                        request.connection().close();
                    })
                    .resume();
        });
        ctx.fail(problem);
    }

    /** A request's hold on its slots: given back when the request and its work are both over. */
    private final class Slot {
        private final String client;
        private final AtomicInteger holds = new AtomicInteger(1);

        Slot(String client) {
            this.client = client;
        }

        void hold() {
            holds.incrementAndGet();
        }

        void release() {
            if (holds.decrementAndGet() == 0) {
                taken.decrementAndGet();
                giveClientSlot(client);
            }
        }
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
