package org.xinyong.api.es;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A spliced body is the body of the typed request that has all the members. */
class SplicedSearchTest {
    private static final JacksonJsonpMapper JSONP = new JacksonJsonpMapper();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode typed(SearchRequest request) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSONP.jsonProvider().createGenerator(out)) {
            request.serialize(g, JSONP);
        }
        return MAPPER.readTree(out.toString());
    }

    @Test
    void body_isTheWholeTypedRequest() throws Exception {
        SplicedSearch.Constant shown = SplicedSearch.Constant.of(s -> s
                .source(src -> src.filter(f -> f.includes("id", "title")))
                .highlight(h -> h.fields("title", f -> f.numberOfFragments(0)))
                .aggregations("kind", a -> a.terms(t -> t.field("kind").size(10))));
        SearchRequest own = SearchRequest.of(s -> s.index("records").size(20).from(40)
                .query(q -> q.match(m -> m.field("title").query("家纺"))));
        SearchRequest whole = SearchRequest.of(s -> s.index("records").size(20).from(40)
                .query(q -> q.match(m -> m.field("title").query("家纺")))
                .source(src -> src.filter(f -> f.includes("id", "title")))
                .highlight(h -> h.fields("title", f -> f.numberOfFragments(0)))
                .aggregations("kind", a -> a.terms(t -> t.field("kind").size(10))));

        JsonNode spliced = MAPPER.readTree(new SplicedSearch(own, shown).body(JSONP));

        assertEquals(typed(whole), spliced);
    }

    @Test
    void body_withNothingOfItsOwn_isTheConstantPart() throws Exception {
        SplicedSearch.Constant shown = SplicedSearch.Constant.of(s -> s.size(5));
        JsonNode spliced = MAPPER.readTree(new SplicedSearch(SearchRequest.of(s -> s.index("records")), shown).body(JSONP));
        assertEquals(MAPPER.readTree("{\"size\":5}"), spliced);
    }
}
