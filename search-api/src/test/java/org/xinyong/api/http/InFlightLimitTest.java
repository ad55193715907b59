package org.xinyong.api.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The slots of a route with large bodies, on a real Vert.x server with raw sockets: uploads that
 * stall hold their slots, a client holds no more than its own, a body that does not arrive in
 * time ends its request, and the slots come back when connections close.
 */
class InFlightLimitTest {
    private static final long UPLOAD_MILLIS = 300;

    private Vertx vertx;
    private int port;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        // the client is named by a header here; the API names it by its key or address bucket
        router.post("/upload").handler(new InFlightLimit(2, 1, UPLOAD_MILLIS, ctx -> ctx.request().getHeader("X-Client"),
                        "upload-busy", "忙"))
                .handler(BodyHandler.create(false).setBodyLimit(1 << 20))
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
     * Sends the head of an upload and {@code part} of its body of {@code length} bytes; a whole
     * one asks for the connection to be closed after its answer, a part one keeps it alive (so a
     * closed connection is the server's doing).
     */
    private Socket upload(String client, int length, String part) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5_000);
        String close = part.length() == length ? "Connection: close\r\n" : "";
        socket.getOutputStream().write(("POST /upload HTTP/1.1\r\nHost: localhost\r\nX-Client: " + client
                + "\r\n" + close + "Content-Length: " + length + "\r\n\r\n" + part).getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        sockets.add(socket);
        return socket;
    }

    /** Everything the server sends until it closes the connection (or 5 s pass). */
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

    private static void settle() throws InterruptedException {
        Thread.sleep(100);   // the server reads the heads sent before the next one
    }

    @Test
    void aWholeUpload_isAnswered() throws IOException {
        String answer = readAll(upload("a", 3, "abc"));
        assertTrue(answer.startsWith("HTTP/1.1 200") && answer.contains("got 3"), answer);
    }

    @Test
    void pastTheSlots_a503ThatClosesTheConnection_andTheSlotsComeBackWhenUploadsAreDropped() throws Exception {
        Socket first = upload("a", 1000, "x");
        Socket second = upload("b", 1000, "x");
        settle();
        String refused = readAll(upload("c", 1000, "x"));
        assertTrue(refused.startsWith("HTTP/1.1 503"), refused);
        assertTrue(refused.contains("Retry-After: 5") && refused.contains("upload-busy"), refused);
        assertFalse(refused.endsWith("[still open]"), "closed after the answer: the rest of its body is not read");

        first.close();
        second.close();
        settle();
        String answered = readAll(upload("c", 2, "ok"));
        assertTrue(answered.contains("got 2"), answered);
    }

    @Test
    void aClient_holdsNoMoreThanItsOwnSlots() throws Exception {
        upload("a", 1000, "x");
        settle();
        String refused = readAll(upload("a", 1000, "x"));
        assertTrue(refused.startsWith("HTTP/1.1 503"), refused);
        assertTrue(readAll(upload("b", 2, "ok")).contains("got 2"), "another client still has a slot");
    }

    @Test
    void aBodyNotReceivedInTime_endsItsRequestWith408_andGivesItsSlotBack() throws Exception {
        String ended = readAll(upload("a", 1000, "x"));
        assertTrue(ended.startsWith("HTTP/1.1 408"), ended);
        assertTrue(ended.contains("upload-too-slow"), ended);
        assertFalse(ended.endsWith("[still open]"), ended);
        assertTrue(readAll(upload("a", 2, "ok")).contains("got 2"), "the slow upload's slot given back");
    }
}
