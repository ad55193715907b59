package org.xinyong.api.es;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Error answers of the hot searches' own exchange, as the client's transport would report them. */
class SearchAnswerTest {
    private static final JacksonJsonpMapper JSONP = new JacksonJsonpMapper();

    @Test
    void elasticsearchsErrorBody_becomesItsException() {
        String body = """
                {"error": {"root_cause": [], "type": "index_not_found_exception", "reason": "no such index [x]"}, "status": 404}
                """;
        ElasticsearchException e = SearchAnswer.error(JSONP, 404, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(404, e.status());
        assertEquals("index_not_found_exception", e.error().type());
    }

    @Test
    void aProxysPage_keepsTheHttpStatus() {
        byte[] html = "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(502, SearchAnswer.error(JSONP, 502, html).status());
        assertEquals(504, SearchAnswer.error(JSONP, 504, new byte[0]).status());
    }
}
