package org.xinyong.api.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.List;
import java.util.Optional;
import org.xinyong.api.es.Dsl;

/**
 * The words of a query ({@link QueryWords}), each somewhere in a record: one in the name, one in
 * the description, one in the authority, or said by the record's region, kind, tier or year
 * (海安 食品 罚款); or, for one word that names a facet value (黑名单), the records that facet
 * says it of, beside the caller's own text clauses. A search that wants all words in one field
 * finds such a query nothing. Each word scores by its best field, plus its facet's
 * {@link Facet#score() score} when the facet says it. Used by the record search and
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
        return Optional.of(Query.of(q -> q.bool(b -> {
            for (QueryWords.Word word : asking) {
                b.must(somewhere(word, fields));
            }
            return b;
        })));
    }

    private static Query somewhere(QueryWords.Word word, List<String> fields) {
        Query inText = Query.of(q -> q.multiMatch(m -> m.fields(fields).query(word.text())
                .type(TextQueryType.BestFields).operator(Operator.And)));
        if (word.meaning().isEmpty()) {
            return inText;
        }
        Query byFacet = byFacet(word.meaning().get());
        return Query.of(q -> q.bool(b -> b.should(byFacet).should(inText).minimumShouldMatch("1")));
    }

    /** The records with the facet value a word means, scoring {@link Facet#score()}. */
    private static Query byFacet(Meaning meaning) {
        return Dsl.termsQuery(meaning.facet().field(), meaning.codes(), meaning.facet().score());
    }
}
