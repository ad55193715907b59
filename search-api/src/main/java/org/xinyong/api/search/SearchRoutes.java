package org.xinyong.api.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.xinyong.api.ApiSettings;
import org.xinyong.api.Backend;
import org.xinyong.api.es.SearchAnswer;
import org.xinyong.api.es.PreparedSearch;
import org.xinyong.api.http.Params;
import org.xinyong.api.support.Async;
import org.xinyong.api.support.PublicPersons;
import org.xinyong.api.support.Responses;
import org.xinyong.api.support.RawJson;

/** {@code GET /api/search} and {@code GET /api/suggest}. */
public final class SearchRoutes {
    private static final int SUGGESTIONS = 10;
    private static final int SPARE_SUGGESTIONS = 5;
    /** How many subjects a search shows, the records of which rank first. */
    public static final int SUBJECTS_ON_FIRST_PAGE = 5;
    /**
     * How many more it looks up, in case natural persons among the first have no public record
     * ({@link FoundSubjects#ranked}): as many again. On the benchmark's million records the five
     * best subjects for 'lcm' were all such persons, and the search showed nothing at all.
     */
    private static final int SPARE_SUBJECTS = SUBJECTS_ON_FIRST_PAGE;
    /** How many subjects a search looks up (ApiBenchmark sends the same). */
    public static final int SUBJECTS_LOOKED_UP = SUBJECTS_ON_FIRST_PAGE + SPARE_SUBJECTS;

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
        findSubjects(text, SUBJECTS_LOOKED_UP, true, "search").compose(all -> {
            FoundSubjects found = all.ranked(SUBJECTS_ON_FIRST_PAGE);
            PreparedSearch records = RecordQueries.search(backend.names().records(), params, text,
                    SubjectMatch.of(found, text, SUBJECTS_ON_FIRST_PAGE));
            // the persons found without a public record are left out there (PublicPersons), and
            // the first five others shown
            return Async.es(backend.metrics(), "search", SearchAnswer.search(backend.async(), records,
                    answer -> SearchBody.write(backend.mapper(), answer, params, text, firstPage ? found : null)));
        }).onSuccess(Async.guarded(ctx, body -> Responses.json(ctx, body))).onFailure(ctx::fail);
    }

    /**
     * The suggestions that may be shown: not natural persons without a public record
     * ({@link PublicPersons}; the search asks it in its record search).
     */
    private Future<FoundSubjects> shown(FoundSubjects found) {
        return PublicPersons.hidden(backend, found.persons())
                .map(hidden -> found.without(hidden, SUGGESTIONS));
    }

    /**
     * The subjects for a text; the typo-tolerant search only when the ordinary one found none.
     *
     * @param marked whether the names found are marked where they share the text ({@link NameMarks})
     */
    private Future<FoundSubjects> findSubjects(QueryText text, int size, boolean marked, String operation) {
        if (text.isEmpty()) {
            return Future.succeededFuture(FoundSubjects.NONE);
        }
        String index = backend.names().subjects();
        String marks = marked ? text.raw() : null;
        return search(operation, SubjectQueries.search(index, text, size), marks).compose(found ->
                found.isEmpty()
                        ? SubjectQueries.typoSearch(index, text, size)
                                .map(typo -> search(operation, typo, marks).map(FoundSubjects::approximately))
                                .orElse(Future.succeededFuture(found))
                        : Future.succeededFuture(found));
    }

    private Future<FoundSubjects> search(String operation, PreparedSearch request, String marks) {
        return Async.es(backend.metrics(), operation, SearchAnswer.search(backend.async(), request,
                answer -> FoundSubjects.read(backend.mapper(), answer, marks)));
    }

    private void handleSuggest(RoutingContext ctx) {
        String q = Params.string(ctx, "q", settings.maxQueryLength()).orElse("");
        QueryText text = QueryText.of(q, backend.idHasher());
        // a few more than shown: natural persons without a public record leave their places to others
        findSubjects(text, SUGGESTIONS + SPARE_SUGGESTIONS, false, "suggest").compose(this::shown)
                .onSuccess(Async.guarded(ctx, found -> Responses.json(ctx, suggestions(text, found))))
                .onFailure(ctx::fail);
    }

    /** {@code {"query": …, "suggestions": [subject…], "tookMs": …}}; nothing but the suggestions for an empty text. */
    private byte[] suggestions(QueryText text, FoundSubjects found) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(found.views().length + 128);
        try (JsonGenerator out = backend.mapper().createGenerator(bytes)) {
            out.writeStartObject();
            if (!text.isEmpty()) {
                out.writeStringField("query", text.echo());
            }
            out.writeFieldName("suggestions");
            RawJson.write(out, found.views());
            if (!text.isEmpty()) {
                out.writeNumberField("tookMs", found.took());
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the suggestions", e);
        }
        return bytes.toByteArray();
    }
}
