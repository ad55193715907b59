package org.xinyong.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.JsonData;
import java.util.List;
import org.xinyong.api.es.SplicedSearch;
import org.xinyong.api.support.Views;
import org.xinyong.core.es.Visibility;

/**
 * Builds the record search. Relevance is layered by boost: an exact code or ID (×100), a document
 * number (×50), the exact subject name (×20), the records of the best subject the subjects search
 * found (×12) and of the others it found (×8; pinyin, initials and typos are matched there), all
 * words and bigrams of a partial name (×5), then the record text. The publicity filter is
 * always applied.
 */
public final class RecordQueries {
    private RecordQueries() {
    }

    /**
     * @param subjects the subjects the subjects index matched for this text (pinyin, initials,
     *     typos, former names are matched there, on one document per subject, not on every record)
     */
    public static SplicedSearch search(String index, SearchParams p, QueryText text, SubjectMatch subjects) {
        return new SplicedSearch(SearchRequest.of(s -> {
            s.index(index).timeout(SEARCH_TIMEOUT)
                    .query(q -> q.bool(b -> filters(b, p).must(text.isEmpty() ? Query.of(m -> m.matchAll(a -> a))
                            : textQuery(text, subjects))))
                    .size(p.size());
            if (!text.isEmpty()) {
                s.highlight(h -> highlight(h, text));
            }
            if (p.sort() == SearchParams.Sort.DATE || text.isEmpty()) {
                s.sort(o -> o.field(f -> f.field("decisionDate").order(SortOrder.Desc)));
            } else {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                s.sort(o -> o.field(f -> f.field("decisionDate").order(SortOrder.Desc)));
            }
            s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (p.cursor().isPresent()) {
                s.searchAfter(p.cursor().get().values());
            } else {
                s.from(p.offset());
            }
            return s;
        }), SHOWN);
    }

    /** Years in the year facet: every year there are public records of, as the date histogram had it. */
    static final int YEARS = 100;

    /** What every record search fetches and counts (the facets); serialised once. */
    private static final SplicedSearch.Constant SHOWN = SplicedSearch.Constant.of(s -> s
            .trackTotalHits(t -> t.enabled(true))
            .source(src -> src.filter(f -> f.includes(Views.RECORD_FIELDS)))
            .aggregations("kind", a -> a.terms(t -> t.field("kind").size(10)))
            .aggregations("region", a -> a.terms(t -> t.field("region").size(20)))
            .aggregations("tier", a -> a.terms(t -> t.field("tier").size(5)))
            .aggregations("authority", a -> a.terms(t -> t.field("authority").size(15)))
            .aggregations("year", a -> a.terms(t -> t.field("decisionYear").size(YEARS))));

    /**
     * What the user typed, marked in the texts a hit shows. The highlight query is that text alone:
     * left to itself the highlighter checks the whole search query (subject keys, codes, every
     * boosted clause) against every hit, which cost Elasticsearch more than the search itself for
     * pinyin, initials and code searches and a sixth of a word search, for the same highlights
     * (the 249 text queries of the benchmark's mix compared one by one, 2026-11-26).
     */
    private static Highlight.Builder highlight(Highlight.Builder h, QueryText text) {
        return h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>")
                .highlightQuery(q -> q.multiMatch(m -> m.query(text.raw()).fields(HIGHLIGHTED)))
                .requireFieldMatch(false)
                .fields("subjectName", f -> f.numberOfFragments(0))
                .fields("title", f -> f.numberOfFragments(0))
                .fields("content", f -> f.numberOfFragments(1).fragmentSize(120));
    }

    private static final List<String> HIGHLIGHTED = List.of("subjectName", "title", "content");

    static BoolQuery.Builder filters(BoolQuery.Builder b, SearchParams p) {
        b.filter(Visibility.publicOnly());
        if (!p.kinds().isEmpty()) {
            b.filter(terms("kind", p.kinds().stream().map(Enum::name).toList()));
        }
        if (!p.regions().isEmpty()) {
            b.filter(terms("region", p.regions()));
        }
        if (!p.tiers().isEmpty()) {
            b.filter(terms("tier", p.tiers().stream().map(Enum::name).toList()));
        }
        if (!p.authorities().isEmpty()) {
            b.filter(terms("authority", p.authorities()));
        }
        if (!p.years().isEmpty()) {
            b.filter(f -> f.bool(yb -> {
                for (int year : p.years()) {
                    yb.should(sh -> sh.range(r -> r.untyped(u -> u.field("decisionDate")
                            .gte(JsonData.of(year + "-01-01")).lt(JsonData.of((year + 1) + "-01-01")))));
                }
                return yb.minimumShouldMatch("1");
            }));
        }
        if (p.from() != null || p.to() != null) {
            b.filter(f -> f.range(r -> r.untyped(u -> {
                u.field("decisionDate");
                if (p.from() != null) {
                    u.gte(JsonData.of(p.from().toString()));
                }
                if (p.to() != null) {
                    u.lte(JsonData.of(p.to().toString()));
                }
                return u;
            })));
        }
        return b;
    }

    static Query terms(String field, List<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }

    /** Elasticsearch stops a search after this and answers what it has; nobody waits longer. */
    static final String SEARCH_TIMEOUT = "2s";

    static Query textQuery(QueryText text, SubjectMatch subjects) {
        List<String> subjectKeys = subjects.keys();
        return Query.of(q -> q.bool(b -> {
            if (!subjectKeys.isEmpty()) {
                // the records of the subjects the name search found: the best first, then the others
                b.should(s -> s.term(t -> t.field("subjectKey").value(subjectKeys.get(0)).boost(12f)));
                List<FieldValue> all = subjectKeys.stream().map(FieldValue::of).toList();
                b.should(s -> s.terms(t -> t.field("subjectKey").terms(v -> v.value(all)).boost(8f)));
            }
            text.creditCode().ifPresent(code -> b.should(s -> s.term(t -> t.field("creditCode").value(code).boost(100f))));
            text.personIdHash().ifPresent(hash -> b.should(s -> s.term(t -> t.field("personIdHash").value(hash).boost(100f))));
            String raw = text.raw();
            b.should(s -> s.term(t -> t.field("documentNumber").value(raw).boost(50f)));
            b.should(s -> s.match(m -> m.field("documentNumber.exact").query(raw).boost(50f)));
            b.should(s -> s.match(m -> m.field("subjectName.exact").query(raw).boost(20f)));
            if (!subjects.exact()) {
                // a partial name ('家纺', '金海家纺'): the records of every subject whose name has
                // all its words. No phrase on top: checking positions in the 35,000 names with 家
                // and 纺 cost five times the rest of the search, and the subjects whose names have
                // the words together are already first (the subjects search ranks them, ×12 / ×8)
                b.should(s -> s.match(m -> m.field("subjectName").query(raw).operator(Operator.And).boost(5f)));
            }
            // the text of the records; a full name only in descriptions (another subject's
            // record may name it), not in authorities, violation types or laws
            List<String> textFields = subjects.exact() ? List.of("title^2", "content")
                    : List.of("title^2", "content", "authority.text", "violationType.text", "legalBasis");
            b.should(s -> s.multiMatch(m -> m.fields(textFields)
                    .query(raw).type(TextQueryType.BestFields).operator(Operator.And).boost(1f)));
            return b.minimumShouldMatch("1");
        }));
    }
}
