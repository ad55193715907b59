package org.xinyong.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.xinyong.api.es.Dsl;
import org.xinyong.api.es.PreparedSearch;
import org.xinyong.api.support.Views;
import org.xinyong.core.es.Visibility;

/**
 * Builds the record search. Relevance is layered by boost: an exact code or ID (×100), a document
 * number (×50), the exact subject name (×20), the records of the best subject the subjects search
 * found (×12), of the others it found (×8; pinyin and initials are matched there) and of the
 * spares after them ({@link SubjectMatch#spares}: ×6), all
 * words and bigrams of a partial name (×5), then the record text, then the records of subjects
 * only named like the text (typos: {@link SubjectMatch#approximate}); words typed with spaces
 * are also found each on its own ({@link QueryWords}). The publicity filter is always applied.
 */
public final class RecordQueries {
    private RecordQueries() {
    }

    /**
     * @param subjects the subjects the subjects index matched for this text (pinyin, initials,
     *     typos, former names are matched there, on one document per subject, not on every record)
     */
    public static PreparedSearch search(String index, SearchParams p, QueryText text, SubjectMatch subjects) {
        return PreparedSearch.of(index, g -> {
            for (Shown shown : SHOWN) {
                g.writeFieldName(shown.name());
                Dsl.raw(g, shown.json());
            }
            g.writeFieldName("aggregations");
            List<String> persons = p.page() == 1 && p.cursor().isEmpty() ? subjects.persons() : List.of();
            if (persons.isEmpty()) {
                Dsl.raw(g, FACETS);
            } else {
                g.writeStartObject();
                facetMembers(g);
                g.writeFieldName(PERSONS_SHOWN);
                Dsl.typed(g, personsShown(persons));
                g.writeEndObject();
            }
            g.writeStringField("timeout", SEARCH_TIMEOUT);
            g.writeNumberField("size", p.size());
            if (p.cursor().isPresent()) {
                g.writeArrayFieldStart("search_after");
                for (FieldValue value : p.cursor().get().values()) {
                    Dsl.typed(g, value);
                }
                g.writeEndArray();
            } else {
                g.writeNumberField("from", p.offset());
            }
            if (!text.isEmpty() && text.personIdHash().isEmpty()) {
                g.writeFieldName("highlight");
                highlight(g, text);
            }
            g.writeFieldName("sort");
            Dsl.raw(g, p.byRelevance() ? BEST_FIRST : NEWEST_FIRST);
            g.writeFieldName("query");
            Dsl.startBool(g);
            filters(g, p);
            g.writeArrayFieldStart("must");
            if (text.isEmpty()) {
                Dsl.raw(g, MATCH_ALL);
            } else {
                textQuery(g, text, subjects);
            }
            g.writeEndArray();
            Dsl.endBool(g, null);
        });
    }

    /** Years in the year facet: every year there are public records of, as the date histogram had it. */
    static final int YEARS = 100;

    /** A member every record search has, the same every time, serialised once. */
    private record Shown(String name, SerializedString json) {
    }

    /** What every record search fetches. */
    private static final List<Shown> SHOWN = List.of(
            new Shown("track_total_hits", new SerializedString("true")),
            new Shown("_source", Dsl.serialized(SourceConfig.of(src -> src.filter(f -> f.includes(Views.RECORD_FIELDS))))));

    /** What every record search counts: the facets. */
    private static final List<Map.Entry<String, Aggregation>> FACET_AGGREGATIONS = List.of(
            Map.entry("kind", Aggregation.of(a -> a.terms(t -> t.field("kind").size(10)))),
            Map.entry("region", Aggregation.of(a -> a.terms(t -> t.field("region").size(20)))),
            Map.entry("tier", Aggregation.of(a -> a.terms(t -> t.field("tier").size(5)))),
            Map.entry("authority", Aggregation.of(a -> a.terms(t -> t.field("authority").size(15)))),
            Map.entry("year", Aggregation.of(a -> a.terms(t -> t.field("decisionYear").size(YEARS)))));

    /** {@link #FACET_AGGREGATIONS} as the aggregations object, serialised once. */
    private static final SerializedString FACETS = Dsl.constant(g -> {
        g.writeStartObject();
        facetMembers(g);
        g.writeEndObject();
    });

    /** The facets as members of an aggregations object. */
    private static void facetMembers(JsonGenerator g) throws IOException {
        for (Map.Entry<String, Aggregation> facet : FACET_AGGREGATIONS) {
            g.writeFieldName(facet.getKey());
            Dsl.typed(g, facet.getValue());
        }
    }

    /** The aggregation naming the natural persons found that have a public record ({@link org.xinyong.api.support.PublicPersons}). */
    static final String PERSONS_SHOWN = "personsShown";

    /**
     * Which of these persons have a public record among the records this search matches: every
     * public record of a subject found matches it (the subjects' keys are a clause of the query),
     * within the filters asked for. Not a {@code global} aggregation over every public record:
     * that walked the whole index, 5–25 ms a query with a person found (2026-11-27); this counts
     * only the few matching records of those persons.
     */
    private static Aggregation personsShown(List<String> persons) {
        return Aggregation.of(a -> a.filter(Dsl.termsQuery("subjectKey", persons))
                .aggregations("keys", keys -> keys.terms(t -> t.field("subjectKey").size(persons.size()))));
    }

    /** Relevance, then the newest, then the id (a total order, for search_after). */
    private static final SerializedString BEST_FIRST = sort(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))),
            SortOptions.of(o -> o.field(f -> f.field("decisionDate").order(SortOrder.Desc))),
            SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
    /** The newest first, then the id. */
    private static final SerializedString NEWEST_FIRST = sort(
            SortOptions.of(o -> o.field(f -> f.field("decisionDate").order(SortOrder.Desc))),
            SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));

    private static SerializedString sort(SortOptions... order) {
        return Dsl.constant(g -> {
            g.writeStartArray();
            for (SortOptions o : order) {
                Dsl.typed(g, o);
            }
            g.writeEndArray();
        });
    }

    private static final SerializedString MATCH_ALL = Dsl.serialized(Query.of(q -> q.matchAll(a -> a)));
    private static final SerializedString PUBLIC_ONLY = Dsl.serialized(Visibility.publicOnly());

    /**
     * What the user typed, marked in the texts a hit shows. The highlight query is that text alone:
     * left to itself the highlighter checks the whole search query (subject keys, codes, every
     * boosted clause) against every hit, which cost Elasticsearch more than the search itself for
     * pinyin, initials and code searches and a sixth of a word search, for the same highlights
     * (the 249 text queries of the benchmark's mix compared one by one, 2026-11-26). The subject's
     * name is marked by the API, as on the subjects ({@link NameMarks}).
     */
    private static void highlight(JsonGenerator g, QueryText text) throws IOException {
        g.writeStartObject();
        g.writeFieldName("highlight_query");
        Dsl.multiMatch(g, HIGHLIGHTED, text.raw(), null, false, Dsl.NO_BOOST);
        g.writeFieldName("fields");
        Dsl.raw(g, HIGHLIGHT_FIELDS);
        Dsl.htmlMarks(g);
        g.writeBooleanField("require_field_match", false);
        g.writeEndObject();
    }

    private static final List<String> HIGHLIGHTED = List.of("title", "content");

    /** Titles marked whole; one fragment of the content around what matched. */
    private static final SerializedString HIGHLIGHT_FIELDS = new SerializedString(
            "{\"title\":{\"number_of_fragments\":0},"
                    + "\"content\":{\"number_of_fragments\":1,\"fragment_size\":120}}");

    /** The bool's filter clauses: the publicity rule always, then the filters asked for. */
    private static void filters(JsonGenerator g, SearchParams p) throws IOException {
        g.writeArrayFieldStart("filter");
        Dsl.raw(g, PUBLIC_ONLY);
        if (!p.kinds().isEmpty()) {
            Dsl.terms(g, "kind", p.kinds().stream().map(Enum::name).toList(), Dsl.NO_BOOST);
        }
        if (!p.regions().isEmpty()) {
            Dsl.terms(g, "region", p.regions(), Dsl.NO_BOOST);
        }
        if (!p.tiers().isEmpty()) {
            Dsl.terms(g, "tier", p.tiers().stream().map(Enum::name).toList(), Dsl.NO_BOOST);
        }
        if (!p.authorities().isEmpty()) {
            Dsl.terms(g, "authority", p.authorities(), Dsl.NO_BOOST);
        }
        if (!p.years().isEmpty()) {
            Dsl.typed(g, Query.of(f -> f.bool(yb -> {
                for (int year : p.years()) {
                    yb.should(sh -> sh.range(r -> r.untyped(u -> u.field("decisionDate")
                            .gte(JsonData.of(year + "-01-01")).lt(JsonData.of((year + 1) + "-01-01")))));
                }
                return yb.minimumShouldMatch("1");
            })));
        }
        if (p.from() != null || p.to() != null) {
            Dsl.typed(g, Query.of(f -> f.range(r -> r.untyped(u -> {
                u.field("decisionDate");
                if (p.from() != null) {
                    u.gte(JsonData.of(p.from().toString()));
                }
                if (p.to() != null) {
                    u.lte(JsonData.of(p.to().toString()));
                }
                return u;
            }))));
        }
        g.writeEndArray();
    }

    /** Elasticsearch stops a search after this and answers what it has; nobody waits longer. */
    static final String SEARCH_TIMEOUT = "2s";

    private static final List<String> TEXT_FIELDS_EXACT_NAME = List.of("title^2", "content");
    private static final List<String> TEXT_FIELDS = List.of("title^2", "content", "authority.text",
            "violationType.text", "legalBasis");

    /**
     * The constant scores of the records of subjects only named like the text: powers of two, so
     * that any reader of the JSON number gets exactly this float back.
     */
    static final float APPROXIMATE_BEST = 1f / 32;
    static final float APPROXIMATE_OTHERS = 1f / 64;

    static void textQuery(JsonGenerator g, QueryText text, SubjectMatch subjects) throws IOException {
        List<String> subjectKeys = subjects.keys();
        QueryWords words = text.words();
        Dsl.startBool(g);
        g.writeArrayFieldStart("should");
        if (subjects.approximate() && !subjectKeys.isEmpty()) {
            // names only like the text (the typo-tolerant search: '食品安全' finds 食品 companies by
            // one of its three bigrams): their records after every record whose texts have the
            // words, the best one's first among them. Constant scores far under any text match's
            // (a term in half of all records still scores ≈ 0.7 by BM25); a mistyped name matches
            // few texts, so its subject's records still lead. Only those of the region, kind, tier
            // or year the words name: '崇川 食品 罚款' is about 崇川's penalties, '金海家访 罚款'
            // about 金海家纺's
            List<Meaning> narrowing = words.narrowing();
            approximateSubjects(g, subjectKeys.subList(0, 1), narrowing, APPROXIMATE_BEST);
            approximateSubjects(g, concat(subjectKeys, subjects.spares()), narrowing, APPROXIMATE_OTHERS);
        } else if (!subjectKeys.isEmpty()) {
            // the records of the subjects the name search found: the best first, then the others,
            // then the spares (asked for in case persons among the first have no public record)
            Dsl.term(g, "subjectKey", subjectKeys.get(0), 12f);
            Dsl.terms(g, "subjectKey", subjectKeys, 8f);
            if (!subjects.spares().isEmpty()) {
                Dsl.terms(g, "subjectKey", subjects.spares(), 6f);
            }
        }
        if (text.creditCode().isPresent()) {
            Dsl.term(g, "creditCode", text.creditCode().get(), 100f);
        }
        if (text.personIdHash().isPresent()) {
            // a resident ID: its hash and the subjects found by it, never the number (QueryText)
            Dsl.term(g, "personIdHash", text.personIdHash().get(), 100f);
            g.writeEndArray();
            Dsl.endBool(g, "1");
            return;
        }
        String raw = text.raw();
        Dsl.term(g, "documentNumber", raw, 50f);
        Dsl.match(g, "documentNumber.exact", raw, false, 50f);
        Dsl.match(g, "subjectName.exact", raw, false, 20f);
        if (!subjects.exact()) {
            // a partial name ('家纺', '金海家纺'): the records of every subject whose name has
            // all its words. No phrase on top: checking positions in the 35,000 names with 家
            // and 纺 cost five times the rest of the search, and the subjects whose names have
            // the words together are already first (the subjects search ranks them, ×12 / ×8)
            Dsl.match(g, "subjectName", raw, true, 5f);
        }
        // the text of the records; a full name only in descriptions (another subject's
        // record may name it), not in authorities, violation types or laws
        Dsl.multiMatch(g, subjects.exact() ? TEXT_FIELDS_EXACT_NAME : TEXT_FIELDS, raw, "best_fields", true, 1f);
        // several words, each anywhere, or a word that names a facet value (海安 食品 罚款, 黑名单)
        WordsQuery.of(words, WORD_FIELDS).ifPresent(each -> Dsl.typed(g, each));
        g.writeEndArray();
        Dsl.endBool(g, "1");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return b.isEmpty() ? a : Stream.concat(a.stream(), b.stream()).toList();
    }

    /** The records of these subjects, with these facet values, all scoring {@code score}. */
    private static void approximateSubjects(JsonGenerator g, List<String> keys, List<Meaning> narrowing,
                                            float score) throws IOException {
        if (narrowing.isEmpty()) {
            Dsl.terms(g, "subjectKey", keys, score);
            return;
        }
        g.writeStartObject();
        g.writeObjectFieldStart("constant_score");
        g.writeFieldName("filter");
        Dsl.startBool(g);
        g.writeArrayFieldStart("filter");
        Dsl.terms(g, "subjectKey", keys, Dsl.NO_BOOST);
        for (Meaning meaning : narrowing) {
            Dsl.terms(g, meaning.facet().field(), meaning.codes(), Dsl.NO_BOOST);
        }
        g.writeEndArray();
        Dsl.endBool(g, null);
        g.writeNumberField("boost", score);
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Where one word of several may be: any text of the record, or its subject's name. */
    private static final List<String> WORD_FIELDS = Stream.concat(TEXT_FIELDS.stream(),
            Stream.of("subjectName")).toList();
}
