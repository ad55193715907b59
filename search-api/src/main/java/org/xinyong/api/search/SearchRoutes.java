package org.xinyong.api.search;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.xinyong.api.ApiSettings;
import org.xinyong.api.Backend;
import org.xinyong.api.es.SearchAnswer;
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
        Future<SearchAnswer> subjects = findSubjects(text, SUBJECTS_ON_FIRST_PAGE, true, "search");
        subjects.compose(found -> search("search", RecordQueries.search(backend.names().records(), params, text,
                SubjectMatch.of(found == null ? List.of() : found.sources(), text)))).onSuccess(Async.guarded(ctx, records -> {
            boolean firstPage = params.page() == 1 && params.cursor().isEmpty();
            Responses.json(ctx, backend.mapper(), searchBody(params, text, records, firstPage ? subjects.result() : null));
        })).onFailure(ctx::fail);
    }

    /** The subjects for a text; the typo-tolerant search only when the ordinary one found none. */
    private Future<SearchAnswer> findSubjects(QueryText text, int size, boolean highlight, String operation) {
        if (text.isEmpty()) {
            return Future.succeededFuture(null);
        }
        String index = backend.names().subjects();
        return search(operation, SubjectQueries.search(index, text, size, highlight)).compose(found ->
                found.hits().isEmpty()
                        ? SubjectQueries.typoSearch(index, text, size, highlight).map(typo -> search(operation, typo))
                                .orElse(Future.succeededFuture(found))
                        : Future.succeededFuture(found));
    }

    private Future<SearchAnswer> search(String operation, SearchRequest request) {
        return Async.es(backend.metrics(), operation, SearchAnswer.search(backend.async(), request, backend.mapper()));
    }

    private ObjectNode searchBody(SearchParams params, QueryText text, SearchAnswer records, SearchAnswer subjects) {
        ObjectNode body = backend.mapper().createObjectNode();
        body.put("query", text.echo());
        body.put("total", records.total());
        body.put("page", params.page());
        body.put("size", params.size());
        body.put("tookMs", records.took());
        ArrayNode subjectArray = body.putArray("subjects");
        if (subjects != null) {
            for (JsonNode hit : subjects.hits()) {
                ObjectNode s = Views.subject(hit.path("_source"), subjectArray.addObject());
                addHighlights(s, hit.path("highlight"));
            }
        }
        ArrayNode hits = body.putArray("hits");
        List<JsonNode> list = records.hits();
        for (JsonNode hit : list) {
            ObjectNode r = Views.record(hit.path("_source"), hits.addObject());
            addHighlights(r, hit.path("highlight"));
        }
        if (list.size() == params.size() && !list.isEmpty()) {
            body.put("nextCursor", Cursor.encode(list.get(list.size() - 1).path("sort")));
        }
        ObjectNode facets = body.putObject("facets");
        facets.set("kind", terms(records.buckets("kind"), v -> RecordKind.valueOf(v).label()));
        facets.set("region", terms(records.buckets("region"), v -> Regions.name(v).orElse(v)));
        facets.set("tier", terms(records.buckets("tier"), v -> Tier.valueOf(v).label()));
        facets.set("authority", terms(records.buckets("authority"), v -> v));
        ArrayNode years = facets.putArray("year");
        List<JsonNode> yearBuckets = new ArrayList<>();
        records.buckets("year").forEach(yearBuckets::add);
        yearBuckets.sort((a, b) -> Long.compare(b.path("key").asLong(), a.path("key").asLong()));
        for (JsonNode bucket : yearBuckets) {
            String year = bucket.path("key_as_string").asText();
            years.addObject().put("value", year).put("label", year + "年").put("count", bucket.path("doc_count").asLong());
        }
        return body;
    }

    private ArrayNode terms(JsonNode buckets, Function<String, String> label) {
        ArrayNode out = backend.mapper().createArrayNode();
        for (JsonNode bucket : buckets) {
            String value = bucket.path("key").asText();
            String text;
            try {
                text = label.apply(value);
            } catch (IllegalArgumentException e) {
                text = value;
            }
            out.addObject().put("value", value).put("label", text).put("count", bucket.path("doc_count").asLong());
        }
        return out;
    }

    /** Elasticsearch's fragments per field, joined: {"title": ["…<em>家纺</em>…"]} → "title": "…". */
    private static void addHighlights(ObjectNode target, JsonNode highlight) {
        if (!highlight.isObject() || highlight.isEmpty()) {
            return;
        }
        ObjectNode h = target.putObject("highlight");
        highlight.properties().forEach(field -> {
            List<String> fragments = new ArrayList<>();
            field.getValue().forEach(fragment -> fragments.add(fragment.asText()));
            h.put(field.getKey(), String.join(" … ", fragments));
        });
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
                    response.sources().forEach(source -> Views.subject(source, out.addObject()));
                    body.put("tookMs", response.took());
                    Responses.json(ctx, backend.mapper(), body);
                }))
                .onFailure(ctx::fail);
    }
}
