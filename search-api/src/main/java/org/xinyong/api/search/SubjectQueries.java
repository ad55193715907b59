package org.xinyong.api.search;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.xinyong.core.text.Names;

/**
 * Finds subjects by what people type: the code (or its beginning), the exact or former name, the
 * name without region and company form, name words, full pinyin or initials (or their
 * beginnings: 'nantongg', 'ntgj'), pinyin syllables in order ('nantong jiafang'), initials with
 * skipped chars ('ntjf' for 南通国际家纺).
 *
 * <p>A typo ('南通华豪信息' for 南通华濠信息) matches none of these; only then is the typo-tolerant
 * search sent ({@link #typoSearch}). It matches the core name's bigrams loosely, which means
 * walking the long posting lists of common bigrams (信息, 科技): half the time of a name search
 * when it was part of every search, for the few searches that need it.
 */
public final class SubjectQueries {
    /** The start of a credit code being typed: code characters, at least one digit. */
    private static final Pattern CODE_PREFIX = Pattern.compile("(?=[0-9A-Z]*\\d)[0-9A-Z]+");
    private SubjectQueries() {
    }

    /** Initials phrases allow this many skipped chars: the analysis plugin's letter pairs span as many. */
    static final int INITIALS_SLOP = 2;

    public static SearchRequest search(String index, QueryText text, int size, boolean highlight) {
        // highlights from the name clause alone (the one clause on the highlighted field): left to
        // itself the highlighter checked every clause of the query against every hit, half the
        // time of a pinyin search, for the same highlights (RecordQueries#highlight)
        return request(index, query(text), size,
                highlight ? Optional.of(Query.of(q -> q.match(m -> m.field("name").query(text.raw())))) : Optional.empty());
    }

    /**
     * The search for a typo'd name, to send when {@link #search} found nothing: the core name
     * (without region and company form), 60 % of its bigrams. Empty when the core is too short
     * for that to mean anything, or has no Chinese (pinyin, codes: no bigrams to match).
     */
    public static Optional<SearchRequest> typoSearch(String index, QueryText text, int size, boolean highlight) {
        String core = Names.coreName(text.raw());
        if (core.length() < 3 || core.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return Optional.empty();
        }
        Query query = typoQuery(core);
        return Optional.of(request(index, query, size, highlight ? Optional.of(query) : Optional.empty()));
    }

    /**
     * A name with a typo: most bigrams of its distinctive core still match (a wrong char costs a
     * couple of them). Shared by the search and the counterparty check.
     */
    public static Query typoQuery(String core) {
        return Query.of(q -> q.match(m -> m.field("coreName").query(core).minimumShouldMatch("60%")));
    }

    /** @param highlightQuery what to mark in the names shown; none: no highlights */
    private static SearchRequest request(String index, Query query, int size, Optional<Query> highlightQuery) {
        return SearchRequest.of(s -> {
            s.index(index).size(size).query(query).timeout(RecordQueries.SEARCH_TIMEOUT)
                    .source(src -> src.filter(f -> f.includes("key", "type", "name", "formerNames", "creditCode",
                            "personIdMasked", "region", "legalRepresentative", "registrationStatus")));
            highlightQuery.ifPresent(marked -> s.highlight(h -> h.encoder(HighlighterEncoder.Html)
                    .preTags("<em>").postTags("</em>").highlightQuery(marked)
                    .fields("name", f -> f.numberOfFragments(0))));
            return s;
        });
    }

    public static Query query(QueryText text) {
        String raw = text.raw();
        String normalized = text.normalized().toLowerCase(Locale.ROOT);
        return Query.of(q -> q.bool(b -> {
            text.creditCode().ifPresent(code -> b.should(s -> s.term(t -> t.field("creditCode").value(code).boost(100f))));
            text.personIdHash().ifPresent(hash -> b.should(s -> s.term(t -> t.field("personIdHash").value(hash).boost(100f))));
            String upper = text.normalized();
            if (upper.length() >= 4 && upper.length() < 18 && CODE_PREFIX.matcher(upper).matches()) {
                b.should(s -> s.prefix(p -> p.field("creditCode").value(upper).boost(10f)));
            }
            b.should(s -> s.match(m -> m.field("name.exact").query(raw).boost(30f)));
            b.should(s -> s.match(m -> m.field("coreName.exact").query(raw).boost(15f)));
            b.should(s -> s.match(m -> m.field("formerNames.exact").query(raw).boost(10f)));
            if (!normalized.isEmpty()) {
                b.should(s -> s.prefix(p -> p.field("name.prefix").value(normalized).boost(8f)));
            }
            b.should(s -> s.match(m -> m.field("name").query(raw).operator(Operator.And).boost(5f)));
            b.should(s -> s.match(m -> m.field("formerNames").query(raw).operator(Operator.And).boost(2f)));
            if (text.latin()) {
                String compact = text.latinCompact();
                b.should(s -> s.prefix(p -> p.field("name.pinyin_full").value(compact).boost(6f)));
                b.should(s -> s.prefix(p -> p.field("coreName.pinyin_full").value(compact).boost(5f)));
                b.should(s -> s.prefix(p -> p.field("name.initials_full").value(compact).boost(6f)));
                b.should(s -> s.prefix(p -> p.field("coreName.initials_full").value(compact).boost(5f)));
                b.should(s -> s.matchPhrase(m -> m.field("name.pinyin").query(raw).slop(2).boost(4f)));
                if (compact.length() >= 2 && compact.length() <= 12) {
                    b.should(s -> s.bool(ib -> initialsWithSkips(ib, compact).boost(2f)));
                }
            }
            return b.minimumShouldMatch("1");
        }));
    }

    /**
     * Initials in order with up to {@link #INITIALS_SLOP} skipped chars. The phrase over single
     * letters alone would check positions in nearly every document (every name has n, t, y, x, g,
     * s); each adjacent pair of typed letters must also be one of the name's letter pairs, and
     * those are rare, so the phrase is only checked where all of them are.
     */
    private static BoolQuery.Builder initialsWithSkips(BoolQuery.Builder b, String letters) {
        b.must(m -> m.matchPhrase(p -> p.field("name.initials").query(letters).slop(INITIALS_SLOP)));
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < letters.length(); i++) {
            pairs.add(letters.substring(i, i + 2));
        }
        pairs.forEach(pair -> b.filter(f -> f.term(t -> t.field("name.initials_pairs").value(pair))));
        return b;
    }
}
