package org.xinyong.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The slots of a route with large bodies, on a real Vert.x server with raw sockets: uploads that
 * stall hold their slots, a client holds no more than its own, work outlasting its request keeps
 * its slot, a refused upload still being sent gets its answer (not a reset), a body that does not
 * arrive in time ends its request, and the slots come back when connections close. The tests wait
 * on the count of slots taken, not on time.
 */
class InFlightLimitTest {
    private Vertx vertx;
    private int port;
    private InFlightLimit limit;
    private InFlightLimit quick;
    private final List<Socket> sockets = new ArrayList<>();
    /** Work of /work requests, finished by the test. */
    private final List<Promise<Void>> work = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        // the client is named by a header here; the API names it by its key or address bucket
        limit = new InFlightLimit(2, 1, 60_000, ctx -> ctx.request().getHeader("X-Client"), "upload-busy", "忙");
        quick = new InFlightLimit(2, 1, 300, ctx -> ctx.request().getHeader("X-Client"), "upload-busy", "忙");
        router.post("/upload").handler(limit).handler(BodyHandler.create(false).setBodyLimit(1 << 20))
                .handler(ctx -> ctx.response().end("got " + ctx.body().length()));
        router.post("/work").handler(limit).handler(BodyHandler.create(false).setBodyLimit(1 << 20))
                .handler(ctx -> {
                    Promise<Void> done = Promise.promise();
                    work.add(done);
                    InFlightLimit.holdUntil(ctx, done.future());
                    ctx.response().end("working");
                });
        router.post("/slow").handler(quick).handler(BodyHandler.create(false).setBodyLimit(1 << 20))
                .handler(ctx -> ctx.response().end("got " + ctx.body().length()));
        router.route().failureHandler(new ProblemResponder(new ObjectMapper()));
        HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
        port = server.actualPort();
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        vertx.close().await();
    }

    /**
     * Sends the head of an upload to {@code path} and {@code part} of its body of {@code length}
     * bytes; a whole one asks for the connection to be closed after its answer, a part one keeps
     * it alive (so a closed connection is the server's doing).
     */
    private Socket upload(String path, String client, int length, String part) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5_000);
        String close = part.length() == length ? "Connection: close\r\n" : "";
        socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Client: " + client
                + "\r\n" + close + "Content-Length: " + length + "\r\n\r\n" + part).getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        sockets.add(socket);
        return socket;
    }

    /** Everything the server sends until it closes the connection (or the socket's timeout passes). */
    private static String readAll(Socket socket) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException stillOpen) {
            return all.toString(StandardCharsets.UTF_8) + "[still open]";
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    /** The first bytes the server sends (its status line and headers, at least). */
    private static String head(Socket socket) throws IOException {
        byte[] buffer = new byte[4096];
        int n = socket.getInputStream().read(buffer);
        return n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.UTF_8);
    }

    private static void awaitTaken(IntSupplier taken, int expected) throws InterruptedException {
        for (int i = 0; i < 500 && taken.getAsInt() != expected; i++) {
            Thread.sleep(10);
        }
        assertEquals(expected, taken.getAsInt(), "slots taken");
    }

    @Test
    void aWholeUpload_isAnswered_andGivesItsSlotBack() throws Exception {
        String answer = readAll(upload("/upload", "a", 3, "abc"));
        assertTrue(answer.startsWith("HTTP/1.1 200") && answer.contains("got 3"), answer);
        awaitTaken(limit::taken, 0);
    }

    @Test
    void pastTheSlots_a503_andTheSlotsComeBackWhenUploadsAreDropped() throws Exception {
        Socket first = upload("/upload", "a", 1000, "x");
        Socket second = upload("/upload", "b", 1000, "x");
        awaitTaken(limit::taken, 2);
        Socket third = upload("/upload", "c", 1000, "x");
        String refused = head(third);
        assertTrue(refused.startsWith("HTTP/1.1 503"), refused);
        assertTrue(refused.contains("Retry-After: 5") && refused.contains("upload-busy"), refused);

        first.close();
        second.close();
        awaitTaken(limit::taken, 0);
        assertTrue(readAll(upload("/upload", "c", 2, "ok")).contains("got 2"));
    }

    @Test
    void aRefusedUploadStillBeingSent_getsItsAnswer_andTheConnectionEndsCleanly() throws Exception {
        upload("/upload", "a", 1000, "x");
        awaitTaken(limit::taken, 1);
        // a client sending its body without waiting: 400 kB already on the way when the answer comes
        int length = 1_000_000;
        int sent = 400_000;
        Socket refused = upload("/upload", "a", length, "x".repeat(sent));
        String head = head(refused);
        assertTrue(head.startsWith("HTTP/1.1 503"), head);
        // the rest of the body, sent after the answer, is read and dropped: the connection stays
        // open until it has come (RFC 9112's lingering close: closed with the body unread, the
        // kernel answers the client's next bytes with a reset, and the client may lose the answer)
        OutputStream out = refused.getOutputStream();
        out.write(new byte[(length - sent) / 2]);
        out.flush();
        refused.setSoTimeout(300);
        assertEquals("[still open]", readAll(refused), "open while the body is still coming");
        out.write(new byte[length - sent - (length - sent) / 2]);
        out.flush();
        refused.setSoTimeout(5_000);
        assertEquals("", readAll(refused), "closed once the whole body has come, nothing more sent");
        assertEquals(1, limit.taken(), "a refused request takes no slot");
    }

    @Test
    void aClient_holdsNoMoreThanItsOwnSlots() throws Exception {
        upload("/upload", "a", 1000, "x");
        awaitTaken(limit::taken, 1);
        assertTrue(head(upload("/upload", "a", 1000, "x")).startsWith("HTTP/1.1 503"));
        assertTrue(readAll(upload("/upload", "b", 2, "ok")).contains("got 2"), "another client still has a slot");
    }

    @Test
    void workOutlastingItsRequest_keepsTheSlot_untilItIsDone() throws Exception {
        String answer = readAll(upload("/work", "a", 2, "ok"));
        assertTrue(answer.contains("working"), answer);
        assertEquals(1, work.size());
        assertEquals(1, limit.taken(), "answered and closed, but its work still runs");
        vertx.runOnContext(v -> work.get(0).complete());
        awaitTaken(limit::taken, 0);
    }

    @Test
    void aBodyNotReceivedInTime_endsItsRequestWith408_andGivesItsSlotBack() throws Exception {
        Socket slow = upload("/slow", "a", 1000, "x");
        String ended = head(slow);
        assertTrue(ended.startsWith("HTTP/1.1 408"), ended);
        assertTrue(ended.contains("upload-too-slow"), ended);
        awaitTaken(quick::taken, 0);
        assertTrue(readAll(upload("/slow", "a", 2, "ok")).contains("got 2"), "the slow upload's slot given back");
    }
}
