package org.xinyong.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinyong.api.http.Problem;
import org.xinyong.core.json.Json;
import org.xinyong.core.privacy.IdHasher;

/** The subjects found, read from the bytes of a subjects search's answer (answers written by hand). */
class FoundSubjectsTest {
    private static final ObjectMapper MAPPER = Json.newMapper();
    private static final IdHasher HASHER = new IdHasher("found-subjects-test-pepper-0123456789");

    /** Read with 家纺 as the text typed, to mark in the names. */
    private static FoundSubjects read(String answer) throws IOException {
        return FoundSubjects.read(MAPPER, answer.getBytes(StandardCharsets.UTF_8), "家纺");
    }

    private static final String ANSWER = """
            {"took": 4, "timed_out": false, "hits": {"total": {"value": 2, "relation": "eq"}, "max_score": 9.5, "hits": [
              {"_index": "subjects-v1", "_id": "91320602MA1X0000XX", "_score": 9.5,
               "_source": {"key": "91320602MA1X0000XX", "name": "南通金海家纺有限公司", "creditCode": "91320602MA1X0000XX",
                           "type": "LEGAL_PERSON", "region": "320602", "address": null, "internalNote": "x"},
               "highlight": {"name": ["南通金海<em>家纺有限</em>公司"]}},
              {"_index": "subjects-v1", "_id": "Pabc", "_score": 3.0,
               "_source": {"key": "Pabc", "name": "张三", "type": "NATURAL_PERSON",
                           "personIdMasked": "320602199001011234", "personIdHash": "Pabc"}}]}}
            """;

    @Test
    void anAnswerCutShort_isRefused_notReadAsAllThereIs() throws IOException {
        for (String cut : List.of("\"timed_out\": true", "\"timed_out\": false, \"_shards\": {\"total\": 2, \"successful\": 1, \"failed\": 1, \"failures\": [{}]}")) {
            Problem refused = assertThrows(Problem.class, () -> read(ANSWER.replace("\"timed_out\": false", cut)), cut);
            assertEquals(503, refused.status());
            assertTrue(refused.retryAfterSeconds() != null, "to be retried");
        }
        String whole = "\"timed_out\": false, \"_shards\": {\"total\": 1, \"successful\": 1, \"skipped\": 0, \"failed\": 0}";
        assertEquals(2, read(ANSWER.replace("\"timed_out\": false", whole)).found().size());
    }

    @Test
    void views_arePublicFieldsWithLabelsAndHighlights_inTheAnswersOrder() throws IOException {
        FoundSubjects found = read(ANSWER);
        JsonNode views = MAPPER.readTree(found.views());

        assertEquals(4, found.took());
        assertEquals(2, views.size());
        JsonNode company = views.path(0);
        assertEquals("南通金海家纺有限公司", company.path("name").asText());
        assertEquals("南通金海<em>家纺</em>有限公司", company.path("highlight").path("name").asText(),
                "marked by the API (NameMarks), not as Elasticsearch's highlighter sent it");
        assertEquals("法人及非法人组织", company.path("typeLabel").asText());
        assertEquals("崇川区", company.path("regionName").asText());
        assertFalse(company.has("internalNote"), "only public fields");
        assertFalse(company.has("address"), "no nulls");
        JsonNode person = views.path(1);
        assertFalse(person.has("personIdHash"));
        assertFalse(person.has("highlight"), "nothing shared with the text: no highlight");
        assertFalse(MAPPER.readTree(FoundSubjects.read(MAPPER, ANSWER.getBytes(StandardCharsets.UTF_8)).views())
                .path(0).has("highlight"), "no text to mark (the suggestions): no highlight");
        assertEquals("3206**********1234", person.path("personIdMasked").asText(), "an unmasked number is never sent out");
    }

    @Test
    void found_givesWhatRankingTheRecordsNeeds() throws IOException {
        FoundSubjects found = read(ANSWER);
        assertEquals(List.of(new FoundSubjects.Found("91320602MA1X0000XX", "南通金海家纺有限公司", "91320602MA1X0000XX", false),
                new FoundSubjects.Found("Pabc", "张三", null, true)), found.found());
        assertEquals(List.of("Pabc"), found.persons(), "by the subject's type");

        SubjectMatch byName = SubjectMatch.of(found, QueryText.of("南通金海家纺有限公司", HASHER), 5);
        assertEquals(List.of("91320602MA1X0000XX", "Pabc"), byName.keys());
        assertTrue(byName.exact());
        assertFalse(SubjectMatch.of(found, QueryText.of("金海家纺", HASHER), 5).exact(), "a partial name");
        assertFalse(byName.approximate());
    }

    @Test
    void without_leavesOutTheHiddenSubjects_viewsAndAll() throws IOException {
        FoundSubjects found = read(ANSWER);
        FoundSubjects shown = found.without(java.util.Set.of("Pabc"), 10);
        assertEquals(List.of("91320602MA1X0000XX"), shown.found().stream().map(FoundSubjects.Found::key).toList());
        JsonNode views = MAPPER.readTree(shown.views());
        assertEquals(1, views.size());
        assertEquals("南通金海<em>家纺</em>有限公司", views.path(0).path("highlight").path("name").asText(), "the view as it was");
        assertEquals(4, shown.took());
        assertTrue(found.without(java.util.Set.of(), 10) == found, "nothing hidden: the same object");
        FoundSubjects none = read(ANSWER).approximately().without(java.util.Set.of("Pabc", "91320602MA1X0000XX"), 10);
        assertTrue(none.isEmpty());
        assertFalse(none.approximate(), "nothing left to offer as 'did you mean'");
        assertEquals("[]", new String(none.views(), StandardCharsets.UTF_8));
        // at most so many of the rest, in order
        FoundSubjects first = found.without(java.util.Set.of(), 1);
        assertEquals(List.of("91320602MA1X0000XX"), first.found().stream().map(FoundSubjects.Found::key).toList());
        assertEquals(1, MAPPER.readTree(first.views()).size());
        // the second alone: its view cut out of the bytes whole, as the tree had it
        FoundSubjects second = found.without(java.util.Set.of("91320602MA1X0000XX"), 10);
        assertEquals(MAPPER.readTree(found.views()).path(1), MAPPER.readTree(second.views()).path(0));
        assertEquals(1, MAPPER.readTree(second.views()).size());
    }

    /** Five subjects: a company, two persons, a company, a person; and two more. */
    private static final String SEVEN;

    static {
        StringBuilder hits = new StringBuilder();
        String[] keys = {"C1", "P2", "P3", "C4", "P5", "C6", "P7"};
        for (String key : keys) {
            String type = key.startsWith("P") ? "NATURAL_PERSON" : "LEGAL_PERSON";
            hits.append(hits.isEmpty() ? "" : ",").append("{\"_source\": {\"key\": \"").append(key)
                    .append("\", \"name\": \"名").append(key).append("\", \"type\": \"").append(type).append("\"}}");
        }
        SEVEN = "{\"took\": 2, \"hits\": {\"hits\": [" + hits + "]}}";
    }

    @Test
    void ranked_isTheFirstUpToTheWantedNumberOfOthersThanPersons() throws IOException {
        FoundSubjects seven = read(SEVEN);
        assertEquals(List.of("C1", "P2", "P3", "C4", "P5", "C6", "P7"), keys(seven.ranked(5)), "three companies only: all");
        assertEquals(List.of("C1", "P2", "P3", "C4"), keys(seven.ranked(2)),
                "up to the second company: two left to show even if both persons are hidden");
        assertEquals(List.of("C1"), keys(seven.ranked(1)), "a company first: no spare");

        SubjectMatch match = SubjectMatch.of(seven.ranked(3), QueryText.of("名", HASHER), 3);
        assertEquals(List.of("C1", "P2", "P3"), match.keys());
        assertEquals(List.of("C4", "P5", "C6"), match.spares());
        assertEquals(List.of("P2", "P3", "P5"), match.persons(), "the spares' persons are asked about too");

        // every person hidden: still three shown
        assertEquals(List.of("C1", "C4", "C6"), keys(seven.ranked(3).without(java.util.Set.of("P2", "P3", "P5"), 3)));

        // P2 and P3 hidden: the first three shown are C1, C4 and P5, views in that order
        FoundSubjects shown = seven.ranked(3).without(java.util.Set.of("P2", "P3"), 3);
        assertEquals(List.of("C1", "C4", "P5"), keys(shown));
        JsonNode views = MAPPER.readTree(shown.views());
        assertEquals(List.of("名C1", "名C4", "名P5"), List.of(views.path(0).path("name").asText(),
                views.path(1).path("name").asText(), views.path(2).path("name").asText()));
    }

    @Test
    void aHitWithoutSource_isNoView_andTheOthersStayWhole() throws IOException {
        FoundSubjects found = read("""
                {"hits": {"hits": [{"_source": {"key": "A", "name": "甲", "type": "LEGAL_PERSON"}}, {"_id": "x"},
                  {"_source": {"key": "B", "name": "乙家纺", "type": "NATURAL_PERSON"}},
                  {"_source": {"key": "C", "name": "丙", "type": "LEGAL_PERSON"}}]}}
                """);
        assertEquals(List.of("A", "B", "C"), keys(found));
        FoundSubjects withoutA = found.without(java.util.Set.of("A"), 10);
        JsonNode views = MAPPER.readTree(withoutA.views());
        assertEquals("乙家纺", views.path(0).path("name").asText());
        assertEquals("乙<em>家纺</em>", views.path(0).path("highlight").path("name").asText());
        assertEquals("丙", views.path(1).path("name").asText());
        // cut again out of the cut: its own view ends were kept
        JsonNode onlyC = MAPPER.readTree(withoutA.without(java.util.Set.of("B"), 10).views());
        assertEquals(1, onlyC.size(), onlyC.toString());
        assertEquals("丙", onlyC.path(0).path("name").asText());
    }

    @Test
    void aPersonsName_isNeverExact_aCompanysIs() throws IOException {
        FoundSubjects seven = read(SEVEN);
        assertTrue(SubjectMatch.of(seven, QueryText.of("名C1", HASHER), 5).exact());
        FoundSubjects personFirst = seven.without(java.util.Set.of("C1"), 10);
        assertFalse(SubjectMatch.of(personFirst, QueryText.of("名P2", HASHER), 5).exact(), "namesakes are many");
    }

    private static List<String> keys(FoundSubjects found) {
        return found.found().stream().map(FoundSubjects.Found::key).toList();
    }

    @Test
    void foundByTheTypoSearch_isApproximate_neverExact() throws IOException {
        FoundSubjects typo = read(ANSWER).approximately();
        assertTrue(typo.approximate());
        assertEquals(read(ANSWER).found(), typo.found());

        // even a name equal to the text: the typo search only ran because nothing matched it
        SubjectMatch match = SubjectMatch.of(typo, QueryText.of("南通金海家纺有限公司", HASHER), 5);
        assertTrue(match.approximate());
        assertFalse(match.exact());
        assertEquals(List.of("91320602MA1X0000XX", "Pabc"), match.keys());

        FoundSubjects none = read("{\"took\": 1, \"hits\": {\"total\": {\"value\": 0}, \"hits\": []}}").approximately();
        assertFalse(none.approximate(), "nothing found is nothing approximate");
    }

    @Test
    void noHits_isAnEmptyArray() throws IOException {
        FoundSubjects found = read("{\"took\": 1, \"hits\": {\"total\": {\"value\": 0}, \"hits\": []}}");
        assertTrue(found.isEmpty());
        assertEquals("[]", new String(found.views(), StandardCharsets.UTF_8));
        assertEquals(SubjectMatch.NONE, SubjectMatch.of(found, QueryText.of("x", HASHER), 5));
    }

    @Test
    void elasticsearchsHighlight_isNotCopied_andAnAnswerThatIsNoObject_isRefused() throws IOException {
        FoundSubjects found = read("""
                {"hits": {"hits": [{"highlight": {"name": ["<em>x</em>"]}, "_source": {"key": "k", "name": "x"}}]}}
                """);
        assertFalse(MAPPER.readTree(found.views()).path(0).has("highlight"), new String(found.views(), StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> read("[]"));
    }
}
