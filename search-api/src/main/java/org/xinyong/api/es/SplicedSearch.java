package org.xinyong.api.es;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.util.ObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A search whose body is a typed request's members plus members serialised once: the parts of a
 * search that are the same every time (for the record search: fields fetched, facets). The
 * client serialises a typed request on every call through its JSON-P layer; for the record search
 * the unchanging parts were a third of that (JFR at c=16, 2026-11-26), built and written again
 * for every search. Both parts are still the client's typed objects, so the body is what the typed
 * request with all its members would have been, member order aside.
 *
 * @param request the members that change per search (query, size, sort, paging), and the index
 */
public record SplicedSearch(SearchRequest request, Constant constant) {

    /** Members of a search body, from a typed request that has only them, serialised once. */
    public static final class Constant {
        private final byte[] members;

        private Constant(byte[] members) {
            this.members = members;
        }

        /** {@code parts} sets only body members; the index and parameters belong to the request. */
        public static Constant of(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> parts) {
            return new Constant(members(SearchRequest.of(parts), new JacksonJsonpMapper()));
        }
    }

    /** The whole body: the constant members, then the request's own, in one JSON object. */
    public byte[] body(JsonpMapper mapper) {
        byte[] own = members(request, mapper);
        byte[] shared = constant.members;
        if (own.length == 0 || shared.length == 0) {
            return object(own.length == 0 ? shared : own);
        }
        byte[] body = new byte[shared.length + own.length + 3];
        body[0] = '{';
        System.arraycopy(shared, 0, body, 1, shared.length);
        body[shared.length + 1] = ',';
        System.arraycopy(own, 0, body, shared.length + 2, own.length);
        body[body.length - 1] = '}';
        return body;
    }

    /** A typed request's body without its outer braces (empty when it has no members). */
    private static byte[] members(SearchRequest request, JsonpMapper mapper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(out)) {
            request.serialize(generator, mapper);
        }
        byte[] json = out.toByteArray();
        if (json.length < 2 || json[0] != '{' || json[json.length - 1] != '}') {
            throw new IllegalStateException("a search body that is not a JSON object");
        }
        return Arrays.copyOfRange(json, 1, json.length - 1);
    }

    private static byte[] object(byte[] members) {
        byte[] body = new byte[members.length + 2];
        body[0] = '{';
        System.arraycopy(members, 0, body, 1, members.length);
        body[body.length - 1] = '}';
        return body;
    }
}
