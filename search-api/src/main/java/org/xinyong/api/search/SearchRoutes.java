package org.xinyong.api.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.xinyong.api.ApiSettings;
import org.xinyong.api.Backend;
import org.xinyong.api.http.Params;
import org.xinyong.api.support.Async;
import org.xinyong.api.support.Responses;
import org.xinyong.api.support.Views;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Tier;
import org.xinyong.core.region.Regions;

/** {@code GET /api/search} and {@code GET /api/suggest}. */
public final class SearchRoutes {
    private static final int SUGGESTIONS = 10;
    /** How many subjects a search looks up, and ranks the records by (ApiBenchmark sends the same). */
    public static final int SUBJECTS_ON_FIRST_PAGE = 5;

    private final Backend backend;
    private final ApiSettings settings;

    public SearchRoutes(Backend backend, ApiSettings settings) {
        this.backend = backend;
        this.settings = settings;
    }

    public void mount(Router router) {
        router.get("/api/search").handler(this::handleSearch);
        router.get("/api/suggest").handler(this::handleSuggest);
    }

    private void handleSearch(RoutingContext ctx) {
        SearchParams params = SearchParams.parse(ctx, settings);
        QueryText text = QueryText.of(params.q(), backend.idHasher());
        // names first, on the subjects index (one document per subject: pinyin, initials, typos and
        // former names are cheap there); then the records, ranked by those subjects and the text
        Future<SearchResponse<JsonNode>> subjects = findSubjects(text, SUBJECTS_ON_FIRST_PAGE, true, "search");
        subjects.compose(found -> search("search", RecordQueries.search(backend.names().records(), params, text,
                SubjectMatch.of(found, text)))).onSuccess(Async.guarded(ctx, records -> {
            boolean firstPage = params.page() == 1 && params.cursor().isEmpty();
            Responses.json(ctx, backend.mapper(), searchBody(params, text, records, firstPage ? subjects.result() : null));
        })).onFailure(ctx::fail);
    }

    /** The subjects for a text; the typo-tolerant search only when the ordinary one found none. */
    private Future<SearchResponse<JsonNode>> findSubjects(QueryText text, int size, boolean highlight, String operation) {
        if (text.isEmpty()) {
            return Future.succeededFuture(null);
        }
        String index = backend.names().subjects();
        return search(operation, SubjectQueries.search(index, text, size, highlight)).compose(found ->
                found.hits().hits().isEmpty()
                        ? SubjectQueries.typoSearch(index, text, size, highlight).map(typo -> search(operation, typo))
                                .orElse(Future.succeededFuture(found))
                        : Future.succeededFuture(found));
    }

    private Future<SearchResponse<JsonNode>> search(String operation, SearchRequest request) {
        return Async.es(backend.metrics(), operation, backend.async().search(request, JsonNode.class));
    }

    private ObjectNode searchBody(SearchParams params, QueryText text, SearchResponse<JsonNode> records,
                                  SearchResponse<JsonNode> subjects) {
        ObjectNode body = backend.mapper().createObjectNode();
        body.put("query", text.echo());
        body.put("total", records.hits().total() == null ? 0 : records.hits().total().value());
        body.put("page", params.page());
        body.put("size", params.size());
        body.put("tookMs", records.took());
        ArrayNode subjectArray = body.putArray("subjects");
        if (subjects != null) {
            for (Hit<JsonNode> hit : subjects.hits().hits()) {
                ObjectNode s = Views.subject(hit.source(), subjectArray.addObject());
                addHighlights(s, hit.highlight());
            }
        }
        ArrayNode hits = body.putArray("hits");
        List<Hit<JsonNode>> list = records.hits().hits();
        for (Hit<JsonNode> hit : list) {
            ObjectNode r = Views.record(hit.source(), hits.addObject());
            addHighlights(r, hit.highlight());
        }
        if (list.size() == params.size() && !list.isEmpty()) {
            body.put("nextCursor", Cursor.encode(list.get(list.size() - 1).sort()));
        }
        ObjectNode facets = body.putObject("facets");
        Map<String, Aggregate> aggs = records.aggregations();
        facets.set("kind", terms(aggs.get("kind"), v -> RecordKind.valueOf(v).label()));
        facets.set("region", terms(aggs.get("region"), v -> Regions.name(v).orElse(v)));
        facets.set("tier", terms(aggs.get("tier"), v -> Tier.valueOf(v).label()));
        facets.set("authority", terms(aggs.get("authority"), v -> v));
        ArrayNode years = facets.putArray("year");
        if (aggs.get("year") != null) {
            aggs.get("year").dateHistogram().buckets().array().stream()
                    .sorted((a, b) -> Long.compare(b.key(), a.key()))
                    .forEach(bucket -> years.addObject().put("value", bucket.keyAsString())
                            .put("label", bucket.keyAsString() + "年").put("count", bucket.docCount()));
        }
        return body;
    }

    private ArrayNode terms(Aggregate aggregate, Function<String, String> label) {
        ArrayNode out = backend.mapper().createArrayNode();
        if (aggregate == null) {
            return out;
        }
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
            String value = bucket.key().stringValue();
            String text;
            try {
                text = label.apply(value);
            } catch (IllegalArgumentException e) {
                text = value;
            }
            out.addObject().put("value", value).put("label", text).put("count", bucket.docCount());
        }
        return out;
    }

    private static void addHighlights(ObjectNode target, Map<String, List<String>> highlight) {
        if (highlight == null || highlight.isEmpty()) {
            return;
        }
        ObjectNode h = target.putObject("highlight");
        highlight.forEach((field, fragments) -> h.put(field, String.join(" … ", fragments)));
    }

    private void handleSuggest(RoutingContext ctx) {
        String q = Params.string(ctx, "q", settings.maxQueryLength()).orElse("");
        if (q.isEmpty()) {
            ObjectNode empty = backend.mapper().createObjectNode();
            empty.putArray("suggestions");
            Responses.json(ctx, backend.mapper(), empty);
            return;
        }
        QueryText text = QueryText.of(q, backend.idHasher());
        findSubjects(text, SUGGESTIONS, false, "suggest")
                .onSuccess(Async.guarded(ctx, response -> {
                    ObjectNode body = backend.mapper().createObjectNode();
                    body.put("query", text.echo());
                    ArrayNode out = body.putArray("suggestions");
                    response.hits().hits().forEach(hit -> Views.subject(hit.source(), out.addObject()));
                    body.put("tookMs", response.took());
                    Responses.json(ctx, backend.mapper(), body);
                }))
                .onFailure(ctx::fail);
    }
}
