package org.xinyong.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** Which backend failures are a 503 with Retry-After rather than a 500. */
class ProblemResponderTest {
    private static ElasticsearchException status(int status) {
        return new ElasticsearchException("es/search", ErrorResponse.of(e -> e.status(status)
                .error(c -> c.type("t").reason("r"))));
    }

    @Test
    void unavailableBackend_orAProxyBeforeIt_isA503ToRetry() {
        for (Throwable failure : new Throwable[] {status(502), status(503), status(504), new ConnectException("refused")}) {
            Problem p = ProblemResponder.backendProblem(failure).orElseThrow();
            assertEquals(503, p.status());
            assertEquals("search-unavailable", p.type());
            assertEquals(5L, p.retryAfterSeconds());
        }
        assertEquals("search-busy", ProblemResponder.backendProblem(status(429)).orElseThrow().type());
    }

    @Test
    void otherFailures_areNotTheBackends() {
        assertTrue(ProblemResponder.backendProblem(status(404)).isEmpty());
        assertTrue(ProblemResponder.backendProblem(new IllegalStateException("bug")).isEmpty());
    }
}
