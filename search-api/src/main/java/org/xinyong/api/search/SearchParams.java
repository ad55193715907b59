package org.xinyong.api.search;

import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xinyong.api.ApiSettings;
import org.xinyong.api.http.Params;
import org.xinyong.api.http.Problem;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Tier;

/**
 * A validated {@code GET /api/search}: the text, filters, sort and page. Everything the user typed
 * is checked here and later only ever passed to Elasticsearch as values inside typed queries.
 */
public record SearchParams(String q, List<RecordKind> kinds, List<String> regions, List<Tier> tiers,
                           List<Integer> years, List<String> authorities, LocalDate from, LocalDate to,
                           Sort sort, int page, int size, Optional<Cursor> cursor) {

    public enum Sort { RELEVANCE, DATE }

    public static SearchParams parse(RoutingContext ctx, ApiSettings settings) {
        String q = Params.string(ctx, "q", settings.maxQueryLength()).orElse("");
        List<RecordKind> kinds = Params.list(ctx, "kind", 20).stream().map(k -> parseEnum(RecordKind.class, "kind", k)).toList();
        List<Tier> tiers = Params.list(ctx, "tier", 10).stream().map(t -> parseEnum(Tier.class, "tier", t)).toList();
        List<String> regions = Params.list(ctx, "region", 6).stream().map(SearchParams::region).toList();
        List<Integer> years = Params.list(ctx, "year", 4).stream().map(SearchParams::year).toList();
        List<String> authorities = Params.list(ctx, "authority", 100);
        LocalDate from = Params.string(ctx, "from", 10).map(d -> date("from", d)).orElse(null);
        LocalDate to = Params.string(ctx, "to", 10).map(d -> date("to", d)).orElse(null);
        Sort sort = Params.string(ctx, "sort", 20).map(s -> parseEnum(Sort.class, "sort", s)).orElse(Sort.RELEVANCE);
        int size = Params.integer(ctx, "size", 20, 1, settings.maxPageSize());
        Optional<Cursor> cursor = Params.string(ctx, "cursor", 2_000).map(Cursor::decode);
        int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
        if (cursor.isEmpty() && (long) page * size > settings.maxResultWindow()) {
            throw Problem.badRequest("page-too-deep", "翻页过深",
                    "page × size may not exceed " + settings.maxResultWindow()
                            + "; to read further, follow 'nextCursor' from the previous page.");
        }
        SearchParams params = new SearchParams(q, kinds, regions, tiers, years, authorities, from, to, sort, page, size, cursor);
        if (cursor.isPresent() && !cursor.get().fits(params.byRelevance())) {
            throw Cursor.notIssued();
        }
        return params;
    }

    /** Whether the records are sorted by relevance: asked for, and something typed to be relevant to. */
    public boolean byRelevance() {
        return sort == Sort.RELEVANCE && !q.isBlank();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("bad-parameter", "参数取值无效",
                    "Parameter '" + name + "' has no value '" + value + "'; allowed: " + List.of(type.getEnumConstants()) + ".");
        }
    }

    private static String region(String value) {
        if (!value.matches("\\d{6}")) {
            throw Problem.badRequest("bad-parameter", "行政区划代码无效", "Parameter 'region' takes 6-digit division codes.");
        }
        return value;
    }

    private static int year(String value) {
        if (!value.matches("(19|20)\\d{2}")) {
            throw Problem.badRequest("bad-parameter", "年份无效", "Parameter 'year' takes years like 2025.");
        }
        return Integer.parseInt(value);
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("bad-parameter", "日期格式错误", "Parameter '" + name + "' takes dates like 2025-01-31.");
        }
    }

    /** Where a page starts: {@code from} for shallow pages, or the cursor beyond. */
    public int offset() {
        return cursor.isPresent() ? 0 : (page - 1) * size;
    }
}
