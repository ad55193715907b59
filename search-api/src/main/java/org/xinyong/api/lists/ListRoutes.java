package org.xinyong.api.lists;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xinyong.api.ApiSettings;
import org.xinyong.api.Backend;
import org.xinyong.api.es.CutShortAnswers;
import org.xinyong.api.es.Dsl;
import org.xinyong.api.http.Params;
import org.xinyong.api.http.Problem;
import org.xinyong.api.search.QueryText;
import org.xinyong.api.search.WordsQuery;
import org.xinyong.api.support.Async;
import org.xinyong.api.support.Responses;
import org.xinyong.api.support.Views;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.es.Visibility;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.region.Regions;

/** {@code GET /api/lists/red} and {@code /api/lists/black}: list entries, newest first. */
public final class ListRoutes {
    private final Backend backend;
    private final ApiSettings settings;

    public ListRoutes(Backend backend, ApiSettings settings) {
        this.backend = backend;
        this.settings = settings;
    }

    public void mount(Router router) {
        router.get("/api/lists/:list").handler(this::handleList);
    }

    /** Where a word of several may be in a list entry: the name, or the entry's text. */
    private static final List<String> LIST_WORD_FIELDS = List.of("subjectName", "content");

    private void handleList(RoutingContext ctx) {
        String list = ctx.pathParam("list");
        RecordKind kind = switch (list) {
            case "red" -> RecordKind.RED_LIST;
            case "black" -> RecordKind.BLACK_LIST;
            default -> throw Problem.notFound("list-not-found", "没有该名单", "Lists are 'red' and 'black'.");
        };
        Optional<String> q = Params.string(ctx, "q", settings.maxQueryLength());
        List<String> types = Params.list(ctx, "type", 30).stream().map(t -> listType(t, kind)).toList();
        List<String> regions = Params.list(ctx, "region", 6);
        if (regions.stream().anyMatch(r -> !Regions.isKnown(r) && !r.matches("\\d{6}"))) {
            throw Problem.badRequest("bad-parameter", "行政区划代码无效", "Parameter 'region' takes 6-digit division codes.");
        }
        int size = Params.integer(ctx, "size", 20, 1, settings.maxPageSize());
        int page = Params.integer(ctx, "page", 1, 1, Math.max(1, settings.maxResultWindow() / size));
        Async.es(backend.metrics(), "search", backend.async().search(s -> s.index(backend.names().records())
                        .from((page - 1) * size).size(size).trackTotalHits(t -> t.enabled(true))
                        .source(src -> src.filter(f -> f.includes(Views.RECORD_FIELDS)))
                        .query(qq -> qq.bool(b -> {
                            b.filter(Visibility.publicOnly());
                            b.filter(f -> f.term(t -> t.field("kind").value(kind.name())));
                            if (!types.isEmpty()) {
                                b.filter(Dsl.termsQuery("listType", types));
                            }
                            if (!regions.isEmpty()) {
                                b.filter(Dsl.termsQuery("region", regions));
                            }
                            q.ifPresent(text -> b.must(m -> m.bool(mb -> {
                                QueryText qt = QueryText.of(text, backend.idHasher());
                                CreditCode.tryParse(text).ifPresent(c -> mb.should(sh -> sh.term(t -> t.field("creditCode").value(c.value()))));
                                qt.personIdHash().ifPresent(h -> mb.should(sh -> sh.term(t -> t.field("personIdHash").value(h))));
                                if (qt.personIdHash().isPresent()) {
                                    // a resident ID: only its hash goes to Elasticsearch (QueryText)
                                    return mb.minimumShouldMatch("1");
                                }
                                mb.should(sh -> sh.match(mm -> mm.field("subjectName").query(text).operator(Operator.And)));
                                mb.should(sh -> sh.match(mm -> mm.field("subjectName.exact").query(text).boost(5f)));
                                mb.should(sh -> sh.match(mm -> mm.field("content").query(text).operator(Operator.And)));
                                mb.should(sh -> sh.term(t -> t.field("documentNumber").value(text)));
                                // 崇川 家纺: a 家纺 company registered in 崇川, its name need not say 崇川
                                // (several words only: a list is sorted by date, so a word's facet
                                // would only add entries, 严重 every serious one, not rank them)
                                if (qt.words().several()) {
                                    WordsQuery.of(qt.words(), LIST_WORD_FIELDS).ifPresent(mb::should);
                                }
                                return mb.minimumShouldMatch("1");
                            })));
                            return b;
                        }))
                        .sort(so -> so.field(f -> f.field("decisionDate").order(SortOrder.Desc)))
                        .sort(so -> so.field(f -> f.field("id").order(SortOrder.Asc)))
                        .aggregations("listType", a -> a.terms(t -> t.field("listType").size(10)))
                        .aggregations("region", a -> a.terms(t -> t.field("region").size(20))), JsonNode.class))
                .onSuccess(Async.guarded(ctx, response -> Responses.json(ctx, backend.mapper(), body(list, page, size, CutShortAnswers.whole(response)))))
                .onFailure(ctx::fail);
    }

    private static String listType(String value, RecordKind kind) {
        try {
            ListType type = ListType.valueOf(value.toUpperCase(Locale.ROOT));
            if (type.kind() != kind) {
                throw new IllegalArgumentException();
            }
            return type.name();
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("bad-parameter", "名单类型无效", "Parameter 'type' has no value '" + value + "' for this list.");
        }
    }

    private ObjectNode body(String list, int page, int size, SearchResponse<JsonNode> response) {
        ObjectNode body = backend.mapper().createObjectNode();
        body.put("list", list);
        body.put("total", response.hits().total() == null ? 0 : response.hits().total().value());
        body.put("page", page);
        body.put("size", size);
        ArrayNode entries = body.putArray("entries");
        for (Hit<JsonNode> hit : response.hits().hits()) {
            Views.record(hit.source(), entries.addObject());
        }
        ObjectNode facets = body.putObject("facets");
        ArrayNode types = facets.putArray("listType");
        for (StringTermsBucket b : response.aggregations().get("listType").sterms().buckets().array()) {
            String v = b.key().stringValue();
            types.addObject().put("value", v).put("label", ListType.valueOf(v).label()).put("count", b.docCount());
        }
        ArrayNode regions = facets.putArray("region");
        for (StringTermsBucket b : response.aggregations().get("region").sterms().buckets().array()) {
            String v = b.key().stringValue();
            regions.addObject().put("value", v).put("label", Regions.name(v).orElse(v)).put("count", b.docCount());
        }
        return body;
    }
}
