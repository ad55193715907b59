package org.xinyong.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.List;
import java.util.Optional;

/**
 * The words of a query ({@link QueryWords}), each somewhere in a record: one in the name, one in
 * the description, one in the authority, or said by the record's region, kind, tier or year
 * (海安 食品 罚款); or one word that names a facet value, in a text or by that facet (黑名单). A
 * search that wants all words in one field finds such a query nothing. Each word scores by its
 * best field, plus {@link #FACET_SAYS_IT} when a facet says it. Used by the record search and the
 * red and black lists.
 */
public final class WordsQuery {
    private WordsQuery() {
    }

    /**
     * The score of a word a record's facet says (its region, kind, tier or year): above any one
     * word's score in a text (a title, ×2, holding 行政处罚 with its bigrams scores 15 on the
     * million records), so that '行政处罚' lists penalties before the commitments titled
     * 申请行政处罚信息信用修复, and '海安 食品 罚款' 海安's penalties before texts naming 海安; under
     * the clauses of the subjects named (×12, ×20 on terms that score ≈ 10).
     */
    static final float FACET_SAYS_IT = 20f;

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
        QueryWords.Meaning meaning = word.meaning().get();
        Query byFacet = Query.of(q -> q.terms(t -> t.field(meaning.facet().field())
                .terms(v -> v.value(meaning.codes().stream().map(FieldValue::of).toList())).boost(FACET_SAYS_IT)));
        return Query.of(q -> q.bool(b -> b.should(byFacet).should(inText).minimumShouldMatch("1")));
    }
}
