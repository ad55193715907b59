package org.xinyong.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.xinyong.api.es.PreparedSearch;
import org.xinyong.api.testing.TestCodes;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Tier;
import org.xinyong.core.privacy.IdHasher;

/**
 * The bodies of the search's two searches, written straight to JSON: each is a search request the
 * Elasticsearch client's own model reads back member for member (nothing misspelt, mistyped or
 * lost), the user's text only ever a value, and the publicity rule in every record search.
 * What they find is SearchApiIT's, against the real server.
 */
class SearchQueriesTest {
    private static final JacksonJsonpMapper JSONP = new JacksonJsonpMapper();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final IdHasher HASHER = new IdHasher("search-queries-test-pepper-0123456789");

    /**
     * Code, ID number, Chinese name, pinyin, initials, a code prefix, a document number, hostile
     * text, nothing, words with spaces (a region, a topic, a kind, a year, a tier).
     */
    private static final List<String> TEXTS = List.of("91320602MA1MX7KT4C", "320602199001011234", "南通金海家纺有限公司",
            "nantong jiafang", "ntjf", "9132060", "通市监罚〔2025〕12号", "\"}]},\"size\":10000,\"x\":{\"\\", "",
            "海安 食品 罚款 2025年 严重");

    /** The body as the client's model reads it, written back out: equal to the body when nothing was lost. */
    private static JsonNode throughTypedModel(PreparedSearch search) throws Exception {
        SearchRequest typed;
        try (JsonParser parser = JSONP.jsonProvider().createParser(new ByteArrayInputStream(search.body()))) {
            typed = SearchRequest._DESERIALIZER.deserialize(parser, JSONP);
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSONP.jsonProvider().createGenerator(out)) {
            typed.serialize(g, JSONP);
        }
        return MAPPER.readTree(out.toString());
    }

    private static SearchParams params(String q, Optional<Cursor> cursor, SearchParams.Sort sort) {
        return new SearchParams(q, List.of(RecordKind.PENALTY, RecordKind.LICENSE), List.of("320602"),
                List.of(Tier.GENERAL), List.of(2025, 2026), List.of("南通市市场监督管理局"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 6, 30), sort, 2, 20, cursor);
    }

    private static List<PreparedSearch> searches(String q) {
        QueryText text = QueryText.of(q, HASHER);
        SubjectMatch found = new SubjectMatch(List.of("91320602MA1MX7KT4C", "Pabc"), q.startsWith("南通"), false);
        List<PreparedSearch> all = new ArrayList<>();
        all.add(SubjectQueries.search("subjects", text, 5));
        all.add(SubjectQueries.search("subjects", text, 10));
        SubjectQueries.typoSearch("subjects", text, 5).ifPresent(all::add);
        all.add(RecordQueries.search("records", params(q, Optional.empty(), SearchParams.Sort.RELEVANCE), text, found));
        all.add(RecordQueries.search("records", params(q, Optional.empty(), SearchParams.Sort.DATE), text, SubjectMatch.NONE));
        all.add(RecordQueries.search("records", params(q, Optional.empty(), SearchParams.Sort.RELEVANCE), text,
                new SubjectMatch(found.keys(), false, true)));
        all.add(RecordQueries.search("records", params(q, Optional.of(new Cursor(List.of(FieldValue.of(3.5),
                FieldValue.of(1735689600000L), FieldValue.of("r-1")))), SearchParams.Sort.RELEVANCE), text, found));
        return all;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void everyBody_isASearchRequestTheClientsModelReadsBackUnchanged(int which) throws Exception {
        for (PreparedSearch search : searches(TEXTS.get(which))) {
            JsonNode body = MAPPER.readTree(search.body());
            assertEquals(body, throughTypedModel(search), search.bodyText());
        }
    }

    @Test
    void aResidentId_goesToElasticsearchOnlyAsItsHash() {
        String id = TestCodes.residentId("320602", "19900101", 123);
        QueryText text = QueryText.of(id, HASHER);
        assertTrue(text.personIdHash().isPresent(), "a valid ID");
        for (String typed : List.of(id, "张三 " + id, id + "，南通")) {
            QueryText asTyped = QueryText.of(typed, HASHER);
            assertEquals(text.personIdHash(), asTyped.personIdHash(), typed);
            assertTrue(SubjectQueries.typoSearch("subjects", asTyped, 5).isEmpty(), typed);
            for (PreparedSearch search : searches(typed)) {
                assertFalse(search.bodyText().contains("19900101"), search.bodyText());
                assertTrue(search.bodyText().contains(text.personIdHash().get()), search.bodyText());
            }
        }
    }

    @Test
    void subjectsOnlyNamedLikeTheText_weighLessThanAnyBoostedClause() throws Exception {
        QueryText text = QueryText.of("食品安全", HASHER);
        SearchParams p = params("食品安全", Optional.empty(), SearchParams.Sort.RELEVANCE);
        List<String> keys = List.of("91320602MA1MX7KT4C", "91320602MA1MX7KT4D");
        JsonNode found = shouldClauses(RecordQueries.search("records", p, text, new SubjectMatch(keys, false, false)));
        JsonNode like = shouldClauses(RecordQueries.search("records", p, text, new SubjectMatch(keys, false, true)));

        assertEquals(12.0, subjectKeyBoosts(found).get(0), found.toString());
        List<Double> boosts = subjectKeyBoosts(like);
        assertEquals(2, boosts.size(), like.toString());
        assertEquals(RecordQueries.APPROXIMATE_BEST, boosts.get(0), 1e-6, like.toString());
        assertEquals(RecordQueries.APPROXIMATE_OTHERS, boosts.get(1), 1e-6, like.toString());
        assertTrue(boosts.get(0) > boosts.get(1) && boosts.get(0) < 0.1, "the best first, all far under a text match: " + boosts);
        assertTrue(like.toString().contains("\"terms\":{\"subjectKey\":[\"91320602MA1MX7KT4C\"]"), "the best one first: " + like);
        // the words' own clauses are the same either way
        assertEquals(found.size(), like.size(), like.toString());
    }

    @Test
    void spares_rankAfterTheSubjectsFound_andArePartOfTheLikeTexts() throws Exception {
        QueryText text = QueryText.of("lcm", HASHER);
        SearchParams p = params("lcm", Optional.empty(), SearchParams.Sort.RELEVANCE);
        List<String> keys = List.of("P1", "P2");
        List<String> spares = List.of("C3", "P4");
        JsonNode found = shouldClauses(RecordQueries.search("records", p, text,
                new SubjectMatch(keys, spares, false, false, List.of("P1", "P2", "P4"))));
        assertEquals(List.of(12.0, 8.0, 6.0), subjectKeyBoosts(found), found.toString());
        assertTrue(found.toString().contains("{\"terms\":{\"subjectKey\":[\"C3\",\"P4\"],\"boost\":6.0}}"), found.toString());
        assertEquals(subjectKeyBoosts(found).size() - 1, subjectKeyBoosts(shouldClauses(RecordQueries.search("records", p,
                text, new SubjectMatch(keys, false, false)))).size(), "no spares, no clause for them");

        JsonNode like = shouldClauses(RecordQueries.search("records", p, text,
                new SubjectMatch(keys, spares, false, true, List.of())));
        assertTrue(like.toString().contains("[\"P1\",\"P2\",\"C3\",\"P4\"]"), "the others and the spares alike: " + like);
    }

    @Test
    void wordsWithSpaces_eachMustBeSomewhere_aFacetWordByItsFacetOrItsText() throws Exception {
        String q = "海安 食品 罚款";
        SearchParams p = params(q, Optional.empty(), SearchParams.Sort.RELEVANCE);
        JsonNode should = shouldClauses(RecordQueries.search("records", p, QueryText.of(q, HASHER), SubjectMatch.NONE));
        JsonNode every = null;
        for (JsonNode clause : should) {
            if (clause.path("bool").has("must")) {
                every = clause.path("bool").path("must");
            }
        }
        assertTrue(every != null && every.size() == 3, "one required part per word: " + should);
        JsonNode region = every.path(0).path("bool").path("should");
        assertEquals("[\"320685\",\"320621\"]", region.path(0).path("terms").path("region").toString(), region.toString());
        assertEquals("海安", region.path(1).path("multi_match").path("query").asText(), "or the word in a text");
        assertEquals("食品", every.path(1).path("multi_match").path("query").asText(), every.toString());
        assertTrue(every.path(1).path("multi_match").path("fields").toString().contains("subjectName"), "the name counts too");
        assertEquals("[\"PENALTY\"]", every.path(2).path("bool").path("should").path(0).path("terms").path("kind").toString());

        // two districts: one required part for both, either district (or either word in a text)
        String two = "海门 海安 食品";
        JsonNode twoShould = shouldClauses(RecordQueries.search("records", params(two, Optional.empty(),
                SearchParams.Sort.RELEVANCE), QueryText.of(two, HASHER), SubjectMatch.NONE));
        JsonNode twoEvery = null;
        for (JsonNode clause : twoShould) {
            if (clause.path("bool").has("must")) {
                twoEvery = clause.path("bool").path("must");
            }
        }
        assertTrue(twoEvery != null && twoEvery.size() == 2, "one part for the districts, one for 食品: " + twoShould);
        JsonNode districts = twoEvery.path(0).path("bool");
        assertEquals("[\"320614\",\"320684\",\"320685\",\"320621\"]",
                districts.path("should").path(0).path("terms").path("region").toString(), districts.toString());
        assertEquals(List.of("海门", "海安"), List.of(districts.path("should").path(1).path("multi_match").path("query").asText(),
                districts.path("should").path(2).path("multi_match").path("query").asText()));
        assertEquals("1", districts.path("minimum_should_match").asText(), districts.toString());

        for (String one : List.of("南通海安食品有限公司", "食品", "hai an shi pin")) {
            JsonNode clauses = shouldClauses(RecordQueries.search("records", params(one, Optional.empty(),
                    SearchParams.Sort.RELEVANCE), QueryText.of(one, HASHER), SubjectMatch.NONE));
            assertFalse(clauses.toString().contains("\"must\""), "a name, one word, or pinyin: searched as typed: " + one);
        }
    }

    @Test
    void personsFound_areAskedAbout_onTheFirstPageOnly() throws Exception {
        String person = "P" + "c".repeat(32);
        SubjectMatch found = new SubjectMatch(List.of("91320602MA1MX7KT4C", person), List.of(), false, false, List.of(person));
        SearchParams first = new SearchParams("张三", List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                SearchParams.Sort.RELEVANCE, 1, 20, Optional.empty());
        JsonNode aggs = MAPPER.readTree(RecordQueries.search("records", first, QueryText.of("张三", HASHER), found).body())
                .path("aggregations");
        JsonNode asked = aggs.path(RecordQueries.PERSONS_SHOWN);
        assertFalse(asked.has("global"), "not every record of the index: " + aggs);
        assertEquals("[\"" + person + "\"]", asked.path("filter").path("terms").path("subjectKey").toString(), "only the person: " + asked);
        assertTrue(aggs.has("kind") && aggs.has("year"), "the facets too: " + aggs);

        SubjectMatch companies = new SubjectMatch(List.of("91320602MA1MX7KT4C"), false, false);
        assertFalse(MAPPER.readTree(RecordQueries.search("records", first, QueryText.of("张三", HASHER), companies).body())
                .path("aggregations").has(RecordQueries.PERSONS_SHOWN), "no person, nothing to ask");
        SearchParams second = params("张三", Optional.empty(), SearchParams.Sort.RELEVANCE);
        assertEquals(2, second.page());
        assertFalse(MAPPER.readTree(RecordQueries.search("records", second, QueryText.of("张三", HASHER), found).body())
                .path("aggregations").has(RecordQueries.PERSONS_SHOWN), "beyond the first page no subjects are shown");
    }

    @Test
    void oneWordThatNamesAFacet_addsThatFacet_notASecondTextClause() throws Exception {
        JsonNode should = shouldClauses(RecordQueries.search("records", params("黑名单", Optional.empty(),
                SearchParams.Sort.RELEVANCE), QueryText.of("黑名单", HASHER), SubjectMatch.NONE));
        List<JsonNode> facets = new ArrayList<>();
        int withTheName = 0;
        for (JsonNode clause : should) {
            if (clause.path("terms").has("kind")) {
                facets.add(clause.path("terms"));
            }
            if (clause.path("multi_match").path("fields").toString().contains("subjectName")) {
                withTheName++;
            }
        }
        assertEquals(1, facets.size(), should.toString());
        assertEquals("[\"BLACK_LIST\"]", facets.get(0).path("kind").toString());
        assertEquals(Facet.KIND.score(), facets.get(0).path("boost").floatValue(), 1e-6);
        assertEquals(0, withTheName, "the texts are scored once, by the text clause: " + should);
    }

    private static JsonNode shouldClauses(PreparedSearch search) throws IOException {
        return MAPPER.readTree(search.body()).path("query").path("bool").path("must").path(0).path("bool").path("should");
    }

    /** The boosts of the clauses on subjectKey, in order. */
    private static List<Double> subjectKeyBoosts(JsonNode should) {
        List<Double> boosts = new ArrayList<>();
        for (JsonNode clause : should) {
            JsonNode query = clause.has("term") ? clause.path("term") : clause.path("terms");
            if (query.has("subjectKey")) {
                JsonNode boost = query.has("boost") ? query.path("boost") : query.path("subjectKey").path("boost");
                boosts.add(boost.asDouble(1.0));   // none written: the default, 1
            }
        }
        return boosts;
    }

    @Test
    void hostileText_staysAValue() throws Exception {
        String q = TEXTS.get(7);
        for (PreparedSearch search : searches(q)) {
            JsonNode body = MAPPER.readTree(search.body());
            assertFalse(body.has("x"), search.bodyText());
            assertTrue(body.path("size").asInt() <= 20, search.bodyText());
            assertTrue(search.bodyText().contains(MAPPER.writeValueAsString(q)), "written as one escaped string: " + search.bodyText());
        }
    }

    @Test
    void recordSearch_alwaysHasThePublicityRule_andTheFiltersAskedFor() throws Exception {
        for (String q : TEXTS) {
            PreparedSearch search = searches(q).get(searches(q).size() - 1);
            JsonNode filters = MAPPER.readTree(search.body()).path("query").path("bool").path("filter");
            String all = filters.toString();
            assertTrue(all.contains("{\"term\":{\"status\":{\"value\":\"ACTIVE\"}}}"), all);
            assertTrue(all.contains("\"publicityEnd\":{\"gt\":\"now/d\""), all);
            assertTrue(all.contains("{\"terms\":{\"kind\":[\"PENALTY\",\"LICENSE\"]}}"), all);
            assertTrue(all.contains("{\"terms\":{\"region\":[\"320602\"]}}"), all);
            assertTrue(all.contains("\"gte\":\"2025-01-01\",\"lte\":\"2026-06-30\""), all);
            assertEquals(7, filters.size(), all);
        }
    }

    @Test
    void recordSearch_pagesByFromOrCursor_andSortsByDateWithoutText() throws Exception {
        QueryText none = QueryText.of("", HASHER);
        JsonNode byPage = MAPPER.readTree(RecordQueries.search("records",
                params("", Optional.empty(), SearchParams.Sort.RELEVANCE), none, SubjectMatch.NONE).body());
        assertEquals(20, byPage.path("from").asInt());
        assertFalse(byPage.has("search_after"));
        assertFalse(byPage.has("highlight"));
        assertEquals("{\"decisionDate\":{\"order\":\"desc\"}}", byPage.path("sort").path(0).toString());
        assertTrue(byPage.path("query").path("bool").path("must").path(0).has("match_all"));

        JsonNode byCursor = MAPPER.readTree(searches("家纺").get(searches("家纺").size() - 1).body());
        assertFalse(byCursor.has("from"));
        assertEquals("[3.5,1735689600000,\"r-1\"]", byCursor.path("search_after").toString());
        assertEquals("{\"_score\":{\"order\":\"desc\"}}", byCursor.path("sort").path(0).toString());
    }
}
