package org.xinyong.api.subjects;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinyong.api.Backend;
import org.xinyong.api.es.CutShortAnswers;
import org.xinyong.api.support.Async;
import org.xinyong.api.support.FreshnessWatcher;
import org.xinyong.api.support.PublicPersons;
import org.xinyong.api.support.Responses;
import org.xinyong.api.support.SubjectKeys;
import org.xinyong.api.support.Views;
import org.xinyong.core.es.Visibility;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;

/** {@code GET /api/subjects/{key}}: one subject's public credit file. */
public final class SubjectRoutes {
    /** Elasticsearch's default inner-hit window; the group's count always tells the full number. */
    static final int RECORDS_PER_GROUP = 100;

    private final Backend backend;
    private final FreshnessWatcher freshness;

    public SubjectRoutes(Backend backend, FreshnessWatcher freshness) {
        this.backend = backend;
        this.freshness = freshness;
    }

    public void mount(Router router) {
        router.get("/api/subjects/:key").handler(this::handleFile);
    }

    private void handleFile(RoutingContext ctx) {
        String key = SubjectKeys.parse(ctx.pathParam("key"));
        Future<GetResponse<JsonNode>> subject = Async.es(backend.metrics(), "get", backend.async()
                .get(g -> g.index(backend.names().subjects()).id(key)
                        .sourceExcludes("personIdHash"), JsonNode.class));
        Future<SearchResponse<JsonNode>> records = Async.es(backend.metrics(), "search", backend.async().search(s -> s
                .index(backend.names().records()).size(0)
                .query(q -> q.bool(b -> b.filter(Visibility.publicOnly())
                        .filter(f -> f.term(t -> t.field("subjectKey").value(key)))))
                .aggregations("kind", a -> a.terms(t -> t.field("kind").size(10))
                        .aggregations("newest", top -> top.topHits(th -> th.size(RECORDS_PER_GROUP)
                                .sort(so -> so.field(f -> f.field("decisionDate").order(SortOrder.Desc)))
                                .sort(so -> so.field(f -> f.field("id").order(SortOrder.Asc)))
                                .source(src -> src.filter(sf -> sf.includes(Views.RECORD_FIELDS))))))
                .aggregations("listType", a -> a.terms(t -> t.field("listType").size(10))), JsonNode.class));
        Future<SearchResponse<JsonNode>> declarations = Async.es(backend.metrics(), "search", backend.async().search(s -> s
                .index(backend.names().workflow()).size(50).ignoreUnavailable(true)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("type").value("DECLARATION")))
                        .filter(f -> f.term(t -> t.field("subjectKey").value(key)))
                        .filter(f -> f.terms(t -> t.field("status").terms(v -> v.value(List.of(
                                co.elastic.clients.elasticsearch._types.FieldValue.of("UNVERIFIED"),
                                co.elastic.clients.elasticsearch._types.FieldValue.of("CONFIRMED"))))))))
                .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc))), JsonNode.class));
        Future.all(subject, records, declarations).onSuccess(Async.guarded(ctx, all -> {
            CutShortAnswers.whole(records.result());   // a file with records missing is not the file
            // a natural person without a public record is not shown (PublicPersons): as if unknown
            if (!subject.result().found() || !PublicPersons.mayShow(subject.result().source().path("type").asText(),
                    publicRecords(records.result()))) {
                throw SubjectKeys.notFound(key);
            }
            ObjectNode body = fileBody(key, subject.result().source(), records.result());
            ArrayNode declared = body.putArray("declarations");
            for (Hit<JsonNode> hit : declarations.result().hits().hits()) {
                ObjectNode d = declared.addObject();
                for (String field : List.of("id", "category", "title", "issuer", "date", "description", "status")) {
                    if (hit.source().hasNonNull(field)) {
                        d.set(field, hit.source().get(field));
                    }
                }
                d.put("statusLabel", "CONFIRMED".equals(d.path("status").asText()) ? "自主申报·已核实" : "自主申报·未核实");
            }
            Responses.json(ctx, backend.mapper(), body);
        })).onFailure(ctx::fail);
    }

    private static long publicRecords(SearchResponse<JsonNode> records) {
        return records.hits().total() == null ? 0 : records.hits().total().value();
    }

    private ObjectNode fileBody(String key, JsonNode subjectSource, SearchResponse<JsonNode> records) {
        ObjectNode body = backend.mapper().createObjectNode();
        Views.subject(subjectSource, body.putObject("subject"));
        Map<String, Aggregate> aggs = records.aggregations();
        Set<String> lists = new java.util.HashSet<>();
        for (StringTermsBucket b : aggs.get("listType").sterms().buckets().array()) {
            lists.add(b.key().stringValue());
        }
        ArrayNode badges = body.putArray("badges");
        if (lists.stream().anyMatch(l -> ListType.valueOf(l).kind() == RecordKind.RED_LIST)) {
            badges.addObject().put("code", "RED_LIST").put("label", "守信激励对象");
        }
        if (lists.stream().anyMatch(l -> ListType.valueOf(l).kind() == RecordKind.BLACK_LIST
                && !l.equals(ListType.ABNORMAL_OPERATION.name()))) {
            badges.addObject().put("code", "BLACK_LIST").put("label", "失信惩戒对象");
        }
        if (lists.contains(ListType.ABNORMAL_OPERATION.name())) {
            badges.addObject().put("code", "ABNORMAL").put("label", "经营异常");
        }
        Map<String, StringTermsBucket> byKind = new HashMap<>();
        for (StringTermsBucket b : aggs.get("kind").sterms().buckets().array()) {
            byKind.put(b.key().stringValue(), b);
        }
        ObjectNode counts = body.putObject("counts");
        ArrayNode groups = body.putArray("groups");
        for (RecordKind kind : RecordKind.values()) {
            StringTermsBucket bucket = byKind.get(kind.name());
            long count = bucket == null ? 0 : bucket.docCount();
            counts.put(kind.name(), count);
            ObjectNode group = groups.addObject().put("kind", kind.name()).put("label", kind.label()).put("count", count);
            ArrayNode out = group.putArray("records");
            if (bucket != null) {
                List<Hit<JsonData>> hits = bucket.aggregations().get("newest").topHits().hits().hits();
                for (Hit<JsonData> hit : hits) {
                    Views.record(hit.source().to(JsonNode.class), out.addObject());
                }
            }
        }
        if (freshness.dataAsOf() != null) {
            body.put("dataAsOf", freshness.dataAsOf().toString());
        }
        body.put("reportUrl", "/api/subjects/" + key + "/report.pdf");
        return body;
    }
}
