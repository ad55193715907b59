package org.xinyong.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void sequence_withoutPath_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> RequestLine.sequence("GET"));
    }
}
