package org.xinyong.api.search;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.xinyong.api.ApiSettings;
import org.xinyong.api.Backend;
import org.xinyong.api.es.SearchAnswer;
import org.xinyong.api.es.SplicedSearch;
import org.xinyong.api.http.Params;
import org.xinyong.api.support.Async;
import org.xinyong.api.support.Responses;
import org.xinyong.api.support.Views;

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
        boolean firstPage = params.page() == 1 && params.cursor().isEmpty();
        findSubjects(text, SUBJECTS_ON_FIRST_PAGE, true, "search").compose(found -> {
            SplicedSearch records = RecordQueries.search(backend.names().records(), params, text,
                    SubjectMatch.of(found == null ? List.of() : found.sources(), text));
            return Async.es(backend.metrics(), "search", SearchAnswer.search(backend.async(), records,
                    answer -> SearchBody.write(backend.mapper(), answer, params, text, firstPage ? found : null)));
        }).onSuccess(Async.guarded(ctx, body -> Responses.json(ctx, body))).onFailure(ctx::fail);
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
