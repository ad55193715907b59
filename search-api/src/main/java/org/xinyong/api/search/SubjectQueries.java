package org.xinyong.api.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.xinyong.api.es.Dsl;
import org.xinyong.api.es.PreparedSearch;
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

    /** No highlights: the names shown are marked by the API ({@link NameMarks}). */
    public static PreparedSearch search(String index, QueryText text, int size) {
        return request(index, g -> query(g, text), size);
    }

    /**
     * The search for a typo'd name, to send when {@link #search} found nothing: the core name
     * (without region and company form), 60 % of its bigrams. Empty when the core is too short
     * for that to mean anything, or has no Chinese (pinyin, codes: no bigrams to match). Of several
     * words, only those that mean nothing but themselves may be a name (金海家访 in
     * '海安 金海家访 罚款'), of the divisions the others name.
     */
    public static Optional<PreparedSearch> typoSearch(String index, QueryText text, int size) {
        if (text.personIdHash().isPresent()) {
            return Optional.empty();   // an ID names one person exactly, and goes no further than its hash
        }
        QueryWords words = text.words();
        String core = Names.coreName(words.isEmpty() ? text.raw() : words.plainText());
        if (core.length() < 3 || core.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return Optional.empty();
        }
        Query typo = typoQuery(core);
        List<String> regions = words.regionCodes();
        Query query = regions.isEmpty() ? typo
                : Query.of(q -> q.bool(b -> b.must(typo).filter(Dsl.termsQuery("region", regions))));
        return Optional.of(request(index, g -> Dsl.typed(g, query), size));
    }

    /**
     * A name with a typo: most bigrams of its distinctive core still match (a wrong char costs a
     * couple of them). Shared by the search and the counterparty check.
     */
    public static Query typoQuery(String core) {
        return Query.of(q -> q.match(m -> m.field("coreName").query(core).minimumShouldMatch("60%")));
    }

    /** The public fields of a subject: what a search fetches. */
    private static final SerializedString SOURCE = Dsl.serialized(SourceConfig.of(src -> src.filter(f -> f.includes(
            "key", "type", "name", "formerNames", "creditCode", "personIdMasked", "region", "legalRepresentative",
            "registrationStatus"))));

    private static PreparedSearch request(String index, Dsl.Writer query, int size) {
        return PreparedSearch.of(index, g -> {
            g.writeFieldName("_source");
            Dsl.raw(g, SOURCE);
            g.writeFieldName("query");
            query.write(g);
            g.writeNumberField("size", size);
            g.writeStringField("timeout", RecordQueries.SEARCH_TIMEOUT);
        });
    }

    static void query(JsonGenerator g, QueryText text) throws IOException {
        String raw = text.raw();
        String normalized = text.normalized().toLowerCase(Locale.ROOT);
        Dsl.startBool(g);
        g.writeArrayFieldStart("should");
        if (text.creditCode().isPresent()) {
            Dsl.term(g, "creditCode", text.creditCode().get(), 100f);
        }
        if (text.personIdHash().isPresent()) {
            // a resident ID: only its hash goes to Elasticsearch (QueryText)
            Dsl.term(g, "personIdHash", text.personIdHash().get(), 100f);
            g.writeEndArray();
            Dsl.endBool(g, "1");
            return;
        }
        String upper = text.normalized();
        if (upper.length() >= 4 && upper.length() < 18 && CODE_PREFIX.matcher(upper).matches()) {
            Dsl.prefix(g, "creditCode", upper, 10f);
        }
        Dsl.match(g, "name.exact", raw, false, 30f);
        Dsl.match(g, "coreName.exact", raw, false, 15f);
        Dsl.match(g, "formerNames.exact", raw, false, 10f);
        if (!normalized.isEmpty()) {
            Dsl.prefix(g, "name.prefix", normalized, 8f);
        }
        Dsl.match(g, "name", raw, true, 5f);
        Dsl.match(g, "formerNames", raw, true, 2f);
        if (text.latin()) {
            String compact = text.latinCompact();
            Dsl.prefix(g, "name.pinyin_full", compact, 6f);
            Dsl.prefix(g, "coreName.pinyin_full", compact, 5f);
            Dsl.prefix(g, "name.initials_full", compact, 6f);
            Dsl.prefix(g, "coreName.initials_full", compact, 5f);
            Dsl.matchPhrase(g, "name.pinyin", raw, 2, 4f);
            if (compact.length() >= 2 && compact.length() <= 12) {
                initialsWithSkips(g, compact, 2f);
            }
        }
        g.writeEndArray();
        Dsl.endBool(g, "1");
    }

    /**
     * Initials in order with up to {@link #INITIALS_SLOP} skipped chars. The phrase over single
     * letters alone would check positions in nearly every document (every name has n, t, y, x, g,
     * s); each run of adjacent typed letters must also be one of the name's letter triples (pairs,
     * for two letters typed), and those are rare, so the phrase is only checked where all of them
     * are. Pairs alone left the phrase 8,576 names to check for 'yxgjjf' (12 of the search's 14 ms).
     */
    private static void initialsWithSkips(JsonGenerator g, String letters, float boost) throws IOException {
        Dsl.startBool(g);
        g.writeArrayFieldStart("must");
        Dsl.matchPhrase(g, "name.initials", letters, INITIALS_SLOP, Dsl.NO_BOOST);
        g.writeEndArray();
        int length = letters.length() >= 3 ? 3 : 2;
        String field = length == 3 ? "name.initials_triples" : "name.initials_pairs";
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + length <= letters.length(); i++) {
            grams.add(letters.substring(i, i + length));
        }
        g.writeArrayFieldStart("filter");
        for (String gram : grams) {
            Dsl.term(g, field, gram, Dsl.NO_BOOST);
        }
        g.writeEndArray();
        g.writeNumberField("boost", boost);
        Dsl.endBool(g, null);
    }
}
