package org.xinyong.api.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import java.util.Locale;

/**
 * Finds subjects by what people type: the code (or its beginning), the exact or former name, the
 * name without region and company form, name words, full pinyin or initials (or their
 * beginnings: 'nantongg', 'ntgj'), pinyin syllables in order ('nantong jiafang').
 */
public final class SubjectQueries {
    private SubjectQueries() {
    }

    public static SearchRequest search(String index, QueryText text, int size, boolean highlight) {
        return SearchRequest.of(s -> {
            s.index(index).size(size).query(query(text)).timeout(RecordQueries.SEARCH_TIMEOUT)
                    .source(src -> src.filter(f -> f.includes("key", "type", "name", "formerNames", "creditCode",
                            "personIdMasked", "region", "legalRepresentative", "registrationStatus")));
            if (highlight) {
                s.highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>")
                        .fields("name", f -> f.numberOfFragments(0)));
            }
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
            if (upper.length() >= 4 && upper.length() < 18 && upper.matches("[0-9A-Z]+") && upper.matches(".*\\d.*")) {
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
            // typo tolerance: a wrong character costs a couple of bigrams, not the match; on the core
            // name, whose bigrams are distinctive (有限/公司 would match every company)
            String core = org.xinyong.core.text.Names.coreName(raw);
            if (core.length() >= 3) {
                b.should(s -> s.match(m -> m.field("coreName").query(core).minimumShouldMatch("60%").boost(1f)));
            }
            if (text.latin()) {
                String compact = text.latinCompact();
                b.should(s -> s.prefix(p -> p.field("name.pinyin_full").value(compact).boost(6f)));
                b.should(s -> s.prefix(p -> p.field("coreName.pinyin_full").value(compact).boost(5f)));
                b.should(s -> s.prefix(p -> p.field("name.initials_full").value(compact).boost(6f)));
                b.should(s -> s.prefix(p -> p.field("coreName.initials_full").value(compact).boost(5f)));
                b.should(s -> s.matchPhrase(m -> m.field("name.pinyin").query(raw).slop(2).boost(4f)));
                if (compact.length() >= 2 && compact.length() <= 12) {
                    b.should(s -> s.matchPhrase(m -> m.field("name.initials").query(compact).slop(2).boost(2f)));
                }
            }
            return b.minimumShouldMatch("1");
        }));
    }
}
