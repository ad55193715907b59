package org.xinyong.api.es;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A search on one index whose body is written straight to JSON ({@link Dsl}), not built as the
 * client's typed {@code SearchRequest} and serialised through its JSON-P layer.
 *
 * <p>Why: building and serialising the two typed searches of {@code GET /api/search} was a seventh
 * of the API's event loop (JFR at c=16, 2026-11-26: 14.5 % of 2,950 samples), for bodies whose
 * shape never changes and whose values are a few strings. Written directly with Jackson they cost
 * a fraction of that. Values, the user's text above all, are still only ever written as JSON
 * values by the generator (escaped), never spliced into JSON text.
 *
 * @param index the index (or alias) searched; names come from settings, never from a request
 * @param body the search body, one JSON object
 */
public record PreparedSearch(String index, byte[] body) {
    private static final JsonFactory JSON = new JsonFactory();

    /** A search on {@code index} whose body is the object {@code members} write. */
    public static PreparedSearch of(String index, Dsl.Writer members) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(2048);
        try (JsonGenerator g = JSON.createGenerator(bytes)) {
            g.writeStartObject();
            members.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a search body", e);
        }
        return new PreparedSearch(index, bytes.toByteArray());
    }

    /** The path the search is sent to. */
    public String path() {
        return "/" + index + "/_search";
    }

    /** The body as text (for logs, tests and the benchmark's request files). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
