package org.xinyong.api.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xinyong.api.es.Dsl;

/**
 * The words of a query ({@link QueryWords}), each somewhere in a record: one in the name, one in
 * the description, one in the authority, or said by the record's region, kind, tier or year
 * (海安 食品 罚款); or, for one word that names a facet value (黑名单), the records that facet
 * says it of, beside the caller's own text clauses. A search that wants all words in one field
 * finds such a query nothing. Words naming values of one facet are alternatives (海门 海安: either
 * district), as the page's filters of one facet are. Each word scores by its best field, plus its
 * facet's {@link Facet#score() score} when the facet says it. Used by the record search and
 * the red and black lists.
 */
public final class WordsQuery {
    private WordsQuery() {
    }

    /**
     * @param fields where a word may be (with boosts, {@code title^2})
     * @return empty when no word asks anything of a record (none, or only the city): an empty
     *     {@code must} would match all
     */
    public static Optional<Query> of(QueryWords words, List<String> fields) {
        List<QueryWords.Word> asking = words.words().stream().filter(QueryWords.Word::asksSomething).toList();
        if (asking.isEmpty()) {
            return Optional.empty();
        }
        if (!words.several()) {
            // one word: the caller's own text clauses score its texts (twice would double them);
            // what is added is what the word means
            return asking.get(0).meaning().map(WordsQuery::byFacet);
        }
        Map<Facet, List<QueryWords.Word>> byFacet = words.byFacet();
        return Optional.of(Query.of(q -> q.bool(b -> {
            for (QueryWords.Word word : asking) {
                if (word.meaning().isEmpty()) {
                    b.must(inText(word, fields));
                } else {
                    // the facet's words together, where the first of them was typed
                    List<QueryWords.Word> sameFacet = byFacet.get(word.meaning().get().facet());
                    if (sameFacet.get(0) == word) {
                        b.must(anyOf(sameFacet, fields));
                    }
                }
            }
            return b;
        })));
    }

    /**
     * Words naming values of one facet (海安, or 海门 海安): a record with any of those values, or
     * with one of the words in its texts; one with both scores both.
     */
    private static Query anyOf(List<QueryWords.Word> sameFacet, List<String> fields) {
        Meaning meaning = QueryWords.anyMeaning(sameFacet);
        return Query.of(q -> q.bool(b -> {
            b.should(byFacet(meaning));
            sameFacet.forEach(word -> b.should(inText(word, fields)));
            return b.minimumShouldMatch("1");
        }));
    }

    private static Query inText(QueryWords.Word word, List<String> fields) {
        return Query.of(q -> q.multiMatch(m -> m.fields(fields).query(word.text())
                .type(TextQueryType.BestFields).operator(Operator.And)));
    }

    /** The records with the facet value a word means, scoring {@link Facet#score()}. */
    private static Query byFacet(Meaning meaning) {
        return Dsl.termsQuery(meaning.facet().field(), meaning.codes(), meaning.facet().score());
    }
}
