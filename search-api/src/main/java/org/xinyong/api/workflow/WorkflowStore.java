package org.xinyong.api.workflow;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.es.PlainIndexes;

/**
 * Workflow documents (repair applications, declarations, inspection plans) in their own index,
 * never rebuilt. Blocking calls: used from workers only. Each document has {@code id},
 * {@code type}, {@code status}, {@code subjectKey}, {@code authority} and {@code createdAt} for lookups.
 */
final class WorkflowStore {
    private static final String MAPPING = """
            {"dynamic": false, "properties": {
              "id": {"type": "keyword"}, "type": {"type": "keyword"}, "status": {"type": "keyword"},
              "subjectKey": {"type": "keyword"}, "recordId": {"type": "keyword"}, "authority": {"type": "keyword"},
              "createdAt": {"type": "date"}}}
            """;

    private final EsClients es;
    private final IndexNames names;

    WorkflowStore(EsClients es, IndexNames names) {
        this.es = es;
        this.names = names;
    }

    void ensureIndex() {
        PlainIndexes.ensure(es.client(), names.workflow(), MAPPING);
    }

    void put(ObjectNode doc) {
        try {
            es.client().index(i -> i.index(names.workflow()).id(doc.get("id").asText()).document(doc).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The item with this id, if it is of this type (an id of another kind of item is not found). */
    Optional<ObjectNode> get(String type, String id) {
        try {
            GetResponse<ObjectNode> r = es.client().get(g -> g.index(names.workflow()).id(id), ObjectNode.class);
            return r.found() && type.equals(r.source().path("type").asText()) ? Optional.of(r.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ObjectNode> find(String type, Map<String, String> terms, int size) {
        try {
            return es.client().search(s -> s.index(names.workflow()).size(size)
                    .query(q -> q.bool(b -> {
                        b.filter(f -> f.term(t -> t.field("type").value(type)));
                        terms.forEach((field, value) -> b.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(value)))));
                        return b;
                    }))
                    .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc))), ObjectNode.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record from the live records index, whatever its status (workflows act on hidden ones too). */
    Optional<JsonNode> record(String recordId) {
        try {
            GetResponse<JsonNode> r = es.client().get(g -> g.index(names.records()).id(recordId), JsonNode.class);
            return r.found() ? Optional.of(r.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commitments by {@code field} (authority or subjectKey), optionally only those with no fulfilment yet. */
    List<JsonNode> commitments(String field, String value, boolean awaitingFulfilment) {
        try {
            return es.client().search(s -> s.index(names.records()).size(200)
                    .query(q -> q.bool(b -> {
                        b.filter(f -> f.term(t -> t.field("kind").value("COMMITMENT")));
                        b.filter(f -> f.term(t -> t.field(field).value(value)));
                        b.filter(f -> f.term(t -> t.field("status").value("ACTIVE")));
                        if (awaitingFulfilment) {
                            b.mustNot(m -> m.exists(e -> e.field("fulfilment")));
                        }
                        return b;
                    }))
                    .sort(o -> o.field(f -> f.field("decisionDate").order(SortOrder.Desc))), JsonNode.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<JsonNode> subject(String key) {
        try {
            GetResponse<JsonNode> r = es.client().get(g -> g.index(names.subjects()).id(key), JsonNode.class);
            return r.found() ? Optional.of(r.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
