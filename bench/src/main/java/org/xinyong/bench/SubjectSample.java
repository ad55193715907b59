package org.xinyong.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.elasticsearch.client.Request;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.json.Json;

/** Real subjects drawn from the loaded index (reproducibly, by seed), so queries name what is there. */
record SubjectSample(String key, String type, String name, String coreName, String creditCode, String region) {

    /** {@code n} subjects of the given types (e.g. LEGAL_PERSON), in a random order fixed by {@code seed}. */
    static List<SubjectSample> draw(EsClients es, String index, int n, long seed, String... types) throws IOException {
        ObjectMapper mapper = Json.newMapper();
        var body = mapper.createObjectNode();
        body.put("size", n);
        var fs = body.putObject("query").putObject("function_score");
        var terms = fs.putObject("query").putObject("terms").putArray("type");
        for (String t : types) {
            terms.add(t);
        }
        fs.putObject("random_score").put("seed", seed).put("field", "_seq_no");
        fs.put("boost_mode", "replace");
        body.putArray("_source").add("key").add("type").add("name").add("coreName").add("creditCode").add("region");
        Request request = new Request("POST", "/" + index + "/_search");
        request.setEntity(new StringEntity(mapper.writeValueAsString(body), ContentType.APPLICATION_JSON));
        JsonNode hits = mapper.readTree(es.rest().performRequest(request).getEntity().getContent()).path("hits").path("hits");
        List<SubjectSample> out = new ArrayList<>();
        for (JsonNode hit : hits) {
            JsonNode s = hit.path("_source");
            out.add(new SubjectSample(s.path("key").asText(), s.path("type").asText(), s.path("name").asText(),
                    s.path("coreName").asText(null), s.path("creditCode").asText(null), s.path("region").asText(null)));
        }
        return out;
    }

    /** How many subjects carry exactly this name (xy_exact) in {@code field}: 1 means unambiguous. */
    static long count(EsClients es, String index, String field, String value) throws IOException {
        ObjectMapper mapper = Json.newMapper();
        var body = mapper.createObjectNode();
        body.putObject("query").putObject("match").putObject(field).put("query", value).put("operator", "and");
        Request request = new Request("POST", "/" + index + "/_count");
        request.setEntity(new StringEntity(mapper.writeValueAsString(body), ContentType.APPLICATION_JSON));
        return mapper.readTree(es.rest().performRequest(request).getEntity().getContent()).path("count").asLong();
    }
}
