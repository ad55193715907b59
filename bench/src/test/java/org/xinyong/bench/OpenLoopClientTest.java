package org.xinyong.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpenLoopClientTest {

    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAnswerWithContentLengthEndsAfterItsBodyEvenInPieces() {
        OpenLoopClient.ResponseReader reader = new OpenLoopClient.ResponseReader();
        String answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Cache: HIT\r\ncontent-length: 11\r\n\r\n"
                + "{\"a\":\"家\"}";
        assertEquals(11, "{\"a\":\"家\"}".getBytes(StandardCharsets.UTF_8).length);
        String head = answer.substring(0, 30);
        assertFalse(reader.feed(bytes(head)));
        ByteBuffer rest = bytes(answer.substring(30));
        ByteBuffer first = rest.slice(0, rest.remaining() - 1);
        assertFalse(reader.feed(first));
        assertTrue(reader.feed(rest.slice(rest.remaining() - 1, 1)));
        assertEquals(200, reader.status);
        assertTrue(reader.cacheHit);
    }

    @Test
    void aChunkedAnswerEndsAfterTheLastChunkAndTrailer() {
        OpenLoopClient.ResponseReader reader = new OpenLoopClient.ResponseReader();
        String answer = "HTTP/1.1 429 Too Many Requests\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n1;ext=1\r\n!\r\n0\r\n\r\n";
        ByteBuffer all = bytes(answer);
        for (int i = 0; i < all.limit() - 1; i++) {
            assertFalse(reader.feed(all.slice(i, 1)), "complete too early at byte " + i);
        }
        assertTrue(reader.feed(all.slice(all.limit() - 1, 1)));
        assertEquals(429, reader.status);
        assertFalse(reader.cacheHit);
    }

    @Test
    void anAnswerWithoutBodyEndsWithItsHead() {
        OpenLoopClient.ResponseReader reader = new OpenLoopClient.ResponseReader();
        assertTrue(reader.feed(bytes("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")));
        reader.reset();
        assertFalse(reader.feed(bytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{")));
        assertTrue(reader.feed(bytes("}")));
    }
}
