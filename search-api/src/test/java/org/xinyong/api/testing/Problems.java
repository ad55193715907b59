package org.xinyong.api.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;

/** What every refusal of the API is: a problem+json of a stable type, with nothing internal in it. */
public final class Problems {
    private Problems() {
    }

    /** @return the problem's body, for the test's own assertions on it */
    public static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        return assertProblem(response.statusCode(), response.headers(), response.body(), status, type);
    }

    /** The same for an answer read as something else (a PDF that was refused). */
    public static JsonNode assertProblem(int actualStatus, HttpHeaders headers, String body, int status, String type) {
        assertEquals(status, actualStatus, body);
        assertTrue(headers.firstValue("Content-Type").orElse("").startsWith("application/problem+json"), headers.map().toString());
        JsonNode problem = Json.parse(body);
        assertTrue(problem.path("type").asText().endsWith("/" + type), body);
        assertFalse(body.contains("Exception"), "no internals in problems");
        return problem;
    }
}
