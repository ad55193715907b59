package org.xinyong.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLineTest {

    @Test
    void sequence_splitsRequests_andRestoresNewlinesInBodies() {
        String line = "POST\t/subjects/_search\t{\"a\":1}" + RequestLine.SEQUENCE_SEPARATOR
                + "POST\t/_msearch\t{}" + RequestLine.BODY_NEWLINE + "{\"b\":2}" + RequestLine.BODY_NEWLINE;
        assertEquals(List.of(new RequestLine("POST", "/subjects/_search", "{\"a\":1}"),
                new RequestLine("POST", "/_msearch", "{}\n{\"b\":2}\n")), RequestLine.sequence(line));
    }

    @Test
    void sequence_aRequestWithoutBody_hasNone() {
        assertEquals(List.of(new RequestLine("GET", "/api/search?q=a%09b", null)),
                RequestLine.sequence("GET\t/api/search?q=a%09b"));
    }

    @Test
    void toHttp_aGet_isItsHeadAlone() {
        byte[] request = new RequestLine("GET", "/api/search?q=a", null).toHttp(URI.create("http://127.0.0.1:8080"));
        assertEquals("GET /api/search?q=a HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n",
                new String(request, StandardCharsets.UTF_8));
    }

    @Test
    void toHttp_aBody_isCountedInBytesNotChars() {
        byte[] request = new RequestLine("POST", "/x/_search", "{\"q\":\"家纺\"}").toHttp(URI.create("http://h:9200"));
        assertEquals("POST /x/_search HTTP/1.1\r\nHost: h:9200\r\nContent-Type: application/json\r\n"
                + "Content-Length: 14\r\n\r\n{\"q\":\"家纺\"}", new String(request, StandardCharsets.UTF_8));
    }

    @Test
    void sequence_withoutPath_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> RequestLine.sequence("GET"));
    }
}
