package org.xinyong.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xinyong.api.http.Problem;
import org.xinyong.api.support.Views;
import org.xinyong.core.json.Json;
import org.xinyong.core.privacy.IdHasher;

/** The search's body written from Elasticsearch's answer bytes, on answers written by hand. */
class SearchBodyTest {
    private static final ObjectMapper MAPPER = Json.newMapper();
    private static final QueryText TEXT = QueryText.of("家纺", new IdHasher("search-body-test-pepper-0123456789"));

    private static SearchParams params(int size) {
        return new SearchParams("家纺", List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                SearchParams.Sort.RELEVANCE, 1, size, Optional.empty());
    }

    private static String hit(String id, String extraSource, String sort) {
        return """
                {"_index": "records-v1", "_id": "%1$s", "_score": 3.5,
                 "_source": {"id": "%1$s", "kind": "PENALTY", "tier": "GENERAL", "region": "320602",
                             "subjectName": "南通金海家纺有限公司", "fineAmount": 5.0, "legalBasis": null,
                             "personIdHash": "Pabc", "status": "ACTIVE", "extra": {"x": "y"}%2$s},
                 "highlight": {"content": ["一<em>家纺</em>", "二<em>家纺</em>"]},
                 "sort": [3.5, 1735689600000, "%1$s"]}
                """.formatted(id, extraSource, sort);
    }

    private static String answer(String hits) {
        return """
                {"took": 7, "timed_out": false, "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
                 "hits": {"total": {"value": 35033, "relation": "eq"}, "max_score": 3.5, "hits": [%s]},
                 "aggregations": {
                   "kind": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
                            "buckets": [{"key": "PENALTY", "doc_count": 30000}, {"key": "NEWKIND", "doc_count": 5}]},
                   "region": {"buckets": [{"key": "320602", "doc_count": 20000}]},
                   "tier": {"buckets": [{"key": "GENERAL", "doc_count": 12}]},
                   "authority": {"buckets": [{"key": "南通市市场监督管理局", "doc_count": 9}]},
                   "year": {"buckets": [{"key": "2024", "doc_count": 3}, {"key": "2026", "doc_count": 1}, {"key": "2025", "doc_count": 2}]}}}
                """.formatted(hits);
    }

    private static JsonNode write(String answer, int size, FoundSubjects subjects) throws IOException {
        byte[] body = SearchBody.write(MAPPER, answer.getBytes(StandardCharsets.UTF_8),
                params(size), TEXT, subjects);
        return MAPPER.readTree(body);
    }

    @Test
    void subjects_personsWithoutAPublicRecord_leftOut_byTheAnswersAggregation() throws IOException {
        String shownPerson = "P" + "a".repeat(32);
        String pastPerson = "P" + "b".repeat(32);
        FoundSubjects found = FoundSubjects.read(MAPPER, ("""
                {"took": 1, "hits": {"hits": [
                  {"_source": {"key": "91320602MA1X0000XX", "name": "南通金海家纺有限公司", "type": "LEGAL_PERSON"}},
                  {"_source": {"key": "%s", "name": "张三", "type": "NATURAL_PERSON"}},
                  {"_source": {"key": "%s", "name": "李四", "type": "NATURAL_PERSON"}}]}}
                """.formatted(shownPerson, pastPerson)).getBytes(StandardCharsets.UTF_8));
        String withPersons = answer(hit("r1", "", "r1")).replace("\"aggregations\": {", """
                "aggregations": {"%s": {"doc_count": 1,
                  "keys": {"buckets": [{"key": "%s", "doc_count": 1}]}},""".formatted(RecordQueries.PERSONS_SHOWN, shownPerson));
        JsonNode body = write(withPersons, 20, found);
        assertEquals(List.of("南通金海家纺有限公司", "张三"), body.path("subjects").findValuesAsText("name"), body.toString());
        assertFalse(body.path("facets").has(RecordQueries.PERSONS_SHOWN), "not a facet");
        assertEquals("PENALTY", body.path("facets").path("kind").path(0).path("value").asText(), "the facets as before");
        // persons found and no answer about them (never so, as asked): none of them shown, unsure is not shown
        assertEquals(List.of("南通金海家纺有限公司"), write(answer(hit("r1", "", "r1")), 20, found).path("subjects").findValuesAsText("name"));
    }

    @Test
    void anAnswerCutShort_isRefused_notShownAsAllThereIs() throws IOException {
        String whole = answer(hit("r1", "", "r1"));
        for (String cut : List.of("\"timed_out\": true", "\"timed_out\": false, \"_shards\": {\"total\": 1, \"successful\": 0, \"skipped\": 0, \"failed\": 1}")) {
            String answer = whole.replace("\"timed_out\": false, \"_shards\": {\"total\": 1, \"successful\": 1, \"skipped\": 0, \"failed\": 0}", cut);
            assertFalse(answer.equals(whole), cut);
            Problem refused = assertThrows(Problem.class, () -> write(answer, 20, null), cut);
            assertEquals(503, refused.status());
        }
        assertEquals(1, write(whole, 20, null).path("hits").size());
    }

    @Test
    void hits_showOnlyPublicFields_withLabels_andJoinedHighlights() throws IOException {
        JsonNode body = write(answer(hit("r1", "", "r1")), 20, null);

        assertEquals("家纺", body.path("query").asText());
        assertEquals(35033, body.path("total").asLong());
        assertEquals(7, body.path("tookMs").asLong());
        assertEquals(1, body.path("page").asInt());
        JsonNode hit = body.path("hits").path(0);
        assertEquals("r1", hit.path("id").asText());
        assertEquals(5.0, hit.path("fineAmount").asDouble());
        assertEquals("行政处罚", hit.path("kindLabel").asText());
        assertFalse(hit.path("regionName").asText().isEmpty(), hit.toString());
        assertEquals("一般", hit.path("tierLabel").asText());
        for (String hidden : List.of("personIdHash", "status", "extra", "legalBasis", "_score", "_id", "sort")) {
            assertFalse(hit.has(hidden), hidden + " must not be shown: " + hit);
        }
        assertEquals("一<em>家纺</em> … 二<em>家纺</em>", hit.path("highlight").path("content").asText());
        assertEquals("南通金海<em>家纺</em>有限公司", hit.path("highlight").path("subjectName").asText());
        assertEquals(0, body.path("subjects").size());
        assertFalse(body.has("nextCursor"), "a page that is not full has no next page");
    }

    @Test
    void texts_copiedAsSent_keepEscapesAndEveryCharacter() throws IOException {
        String content = "他说：\\\"不合格\\\"\\n第二行\\t制表 \\u0001 \\\\ 斜杠 😀 <b>&amp;";
        String expected = "他说：\"不合格\"\n第二行\t制表 \u0001 \\ 斜杠 😀 <b>&amp;";
        JsonNode hit = write(answer(hit("r1", ", \"content\": \"" + content + "\", \"title\": \"\"", "r1")), 20, null)
                .path("hits").path(0);
        assertEquals(expected, hit.path("content").asText());
        assertEquals("", hit.path("title").asText());
        assertEquals("南通金海家纺有限公司", hit.path("subjectName").asText());
    }

    @Test
    void highlights_copiedAsSent_keepEscapes_whenJoined() throws IOException {
        String answer = answer(hit("r1", "", "r1").replace("\"content\": [\"一<em>家纺</em>\", \"二<em>家纺</em>\"]",
                "\"content\": [\"他说\\\"<em>家纺</em>\\\"\", \"第二\\n行 😀\"], \"title\": [\"\\u0001<em>家纺</em>\"]"));
        JsonNode highlight = write(answer, 20, null).path("hits").path(0).path("highlight");
        assertEquals("他说\"<em>家纺</em>\" … 第二\n行 😀", highlight.path("content").asText());
        assertEquals("\u0001<em>家纺</em>", highlight.path("title").asText());
        assertEquals("南通金海<em>家纺</em>有限公司", highlight.path("subjectName").asText());
    }

    @Test
    void anAnswerWithWhitespaceBetweenTokens_isReadTheSame() throws IOException {
        String compact = answer(hit("r1", ", \"content\": \"内容\"", "r1"));
        String spaced = compact.replace(",", " ,\n  ").replace(":", " :\t").replace("}", "\n}");
        assertEquals(write(compact, 20, null), write(spaced, 20, null));
    }

    @Test
    void aStoredMaskThatIsAnArrayOrObject_isNotShownAtAll() throws IOException {
        for (String mask : List.of("[\"320602199001011234\"]", "{\"id\": \"320602199001011234\"}")) {
            JsonNode hit = write(answer(cleanHit("r1", ", \"personIdMasked\": " + mask)), 20, null).path("hits").path(0);
            assertFalse(hit.has("personIdMasked"), hit.toString());
            assertFalse(hit.toString().contains("19900101"), hit.toString());
        }
    }

    @Test
    void aStoredIdThatIsNotAMask_isMaskedOnTheWayOut() throws IOException {
        JsonNode body = write(answer(hit("r1", ", \"personIdMasked\": \"320602199001011234\"", "r1")), 20, null);
        String shown = body.path("hits").path(0).path("personIdMasked").asText();
        assertFalse(shown.contains("19900101"), shown);
        assertTrue(shown.startsWith("3206") && shown.endsWith("1234"), shown);
    }

    /** A hit as the indexer's records come back: only public fields, no nulls. */
    private static String cleanHit(String id, String extraSource) {
        return """
                {"_index": "records-v1", "_id": "%1$s", "_score": 3.5,
                 "_source": {"id": "%1$s", "kind": "PENALTY", "tier": "SERIOUS", "region": "320602", "fineAmount": 5000.5,
                             "subjectName": "南通金海家纺有限公司", "subjectType": "LEGAL_PERSON", "listType": "SERIOUS_DISHONESTY",
                             "content": "他说：\\"不合格\\"\\n 😀 <b>&amp;", "decisionDate": "2025-01-01"%2$s},
                 "highlight": {"content": ["<em>不合格</em>"]},
                 "sort": [3.5, 1735689600000, "%1$s"]}
                """.formatted(id, extraSource);
    }

    @Test
    void aSourceWithNothingToTakeOut_isPassedOnAsSent_withTheFieldsAndLabelsOfTheView() throws IOException {
        String hit = cleanHit("r1", ", \"personIdMasked\": \"3206**********1234\"");
        JsonNode shown = write(answer(hit), 20, null).path("hits").path(0);
        ObjectNode expected = Views.record(MAPPER.readTree(hit).path("_source"), MAPPER.createObjectNode());
        ObjectNode withoutHighlight = ((ObjectNode) shown.deepCopy());
        withoutHighlight.remove("highlight");
        assertEquals(expected, withoutHighlight);
        assertEquals("他说：\"不合格\"\n 😀 <b>&amp;", shown.path("content").asText());
        assertEquals("严重", shown.path("tierLabel").asText());
        assertEquals("<em>不合格</em>", shown.path("highlight").path("content").asText());
    }

    @Test
    void aSourceWithAnythingToTakeOutOrMask_isWrittenFieldByField() throws IOException {
        for (String extra : List.of(", \"personIdHash\": \"Pabc\"", ", \"legalBasis\": null",
                ", \"personIdMasked\": \"320602199001011234\"")) {
            JsonNode shown = write(answer(cleanHit("r1", extra)), 20, null).path("hits").path(0);
            assertFalse(shown.has("personIdHash") || shown.has("legalBasis"), shown.toString());
            assertFalse(shown.toString().contains("19900101"), shown.toString());
            assertEquals("行政处罚", shown.path("kindLabel").asText());
            assertEquals("他说：\"不合格\"\n 😀 <b>&amp;", shown.path("content").asText());
            assertEquals("南通金海<em>家纺</em>有限公司", shown.path("highlight").path("subjectName").asText(), "marked the same way");
        }
    }

    @Test
    void subjectNames_markedByTheApi_withOrWithoutAHighlightFromElasticsearch() throws IOException {
        String plain = cleanHit("r1", "").replace("\"highlight\": {\"content\": [\"<em>不合格</em>\"]},", "");
        String other = cleanHit("r2", "").replace("南通金海家纺有限公司", "南通<b>织造</b>有限公司")
                .replace("\"highlight\": {\"content\": [\"<em>不合格</em>\"]}",
                        "\"highlight\": {\"subjectName\": [\"南通<em>織造</em>\"], \"content\": [\"<em>不合格</em>\"]}");
        JsonNode hits = write(answer(plain + "," + plain.replace("r1", "r3") + "," + other), 20, null).path("hits");
        assertEquals("南通金海<em>家纺</em>有限公司", hits.path(0).path("highlight").path("subjectName").asText(), hits.toString());
        assertEquals(1, hits.path(0).path("highlight").size(), "no highlight of its own but the name's: " + hits.path(0));
        assertEquals(hits.path(0).path("highlight"), hits.path(1).path("highlight"), "the same name marked the same");
        // nothing shared: no mark; Elasticsearch's own mark of the name (not asked for) is not passed on
        assertFalse(hits.path(2).path("highlight").has("subjectName"), hits.path(2).toString());
        assertEquals("<em>不合格</em>", hits.path(2).path("highlight").path("content").asText());

        // both: the API's mark, once (a reader that refuses duplicate members reads it)
        String both = cleanHit("r4", "").replace("\"highlight\": {\"content\": [\"<em>不合格</em>\"]}",
                "\"highlight\": {\"subjectName\": [\"<em>南通金海家纺有限公司</em>\"], \"content\": [\"<em>不合格</em>\"]}");
        byte[] body = SearchBody.write(MAPPER, answer(both).getBytes(StandardCharsets.UTF_8), params(20), TEXT, null);
        JsonNode strict = MAPPER.copy().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .readTree(body).path("hits").path(0).path("highlight");
        assertEquals("南通金海<em>家纺</em>有限公司", strict.path("subjectName").asText(), strict.toString());
        assertEquals(2, strict.size(), strict.toString());
    }

    @Test
    void aHighlightBeforeItsSource_isRefused_notAnsweredWithoutTheNamesMarks() {
        String hit = """
                {"_id": "r1", "highlight": {"content": ["<em>家纺</em>"]}, "_source": {"id": "r1", "subjectName": "家纺"}}""";
        assertThrows(IOException.class, () -> write(answer(hit), 20, null));
    }

    @Test
    void sourcesInOneAnswer_inDifferentOrders_eachShownAsItsOwnView() throws IOException {
        // the writer guesses each field from the order of the sources before it: every way of
        // being wrong (a field left out, another order, a hidden field, an unmasked number after
        // clean sources) must still give each hit exactly its own view
        List<String> sources = List.of(
                "{\"id\": \"a\", \"kind\": \"PENALTY\", \"tier\": \"SERIOUS\", \"region\": \"320602\", \"title\": \"一\"}",
                "{\"id\": \"b\", \"kind\": \"PENALTY\", \"tier\": \"SERIOUS\", \"region\": \"320602\", \"title\": \"二\"}",
                "{\"id\": \"c\", \"tier\": \"GENERAL\", \"region\": \"320612\", \"title\": \"三\"}",
                "{\"id\": \"d\", \"kind\": \"LICENSE\", \"status\": \"ACTIVE\", \"tier\": \"GENERAL\", \"title\": \"四\"}",
                "{\"title\": \"五\", \"region\": \"320602\", \"kind\": \"PENALTY\", \"id\": \"e\"}",
                "{\"id\": \"f\", \"kind\": \"PENALTY\", \"tier\": \"SERIOUS\", \"region\": \"320602\", \"personIdMasked\": \"320602199001011234\"}",
                "{\"id\": \"g\", \"kind\": \"PENALTY\", \"tier\": \"SERIOUS\", \"region\": \"320602\", \"title\": \"七\"}",
                "{}");
        StringBuilder hits = new StringBuilder();
        for (String source : sources) {
            hits.append(hits.isEmpty() ? "" : ",").append("{\"_index\": \"records-v1\", \"_score\": 1.0, \"_source\": ")
                    .append(source).append("}");
        }
        JsonNode shown = write(answer(hits.toString()), 20, null).path("hits");
        assertEquals(sources.size(), shown.size());
        for (int i = 0; i < sources.size(); i++) {
            assertEquals(Views.record(MAPPER.readTree(sources.get(i)), MAPPER.createObjectNode()), shown.path(i),
                    "hit " + i);
        }
        assertFalse(shown.toString().contains("19900101"), shown.toString());
        assertFalse(shown.toString().contains("status"), shown.toString());
    }

    @Test
    void cleanSources_withWhitespaceBetweenTokens_areReadTheSame() throws IOException {
        String compact = answer(cleanHit("r1", "") + "," + cleanHit("r2", ""));
        String spaced = compact.replace(",", " ,\n  ").replace(":", " :\t").replace("}", "\n}");
        assertEquals(write(compact, 20, null), write(spaced, 20, null));
    }

    @Test
    void aFullPage_hasTheCursorOfItsLastHit() throws IOException {
        JsonNode body = write(answer(hit("r1", "", "r1") + "," + hit("r2", "", "r2")), 2, null);
        assertEquals(2, body.path("hits").size());
        Cursor cursor = Cursor.decode(body.path("nextCursor").asText());
        assertEquals("r2", cursor.values().get(2).stringValue());
        assertEquals(1735689600000L, cursor.values().get(1).longValue());
    }

    @Test
    void facets_areLabelled_unknownValuesKept_yearsNewestFirst() throws IOException {
        JsonNode facets = write(answer(""), 20, null).path("facets");
        assertEquals("行政处罚", facets.path("kind").path(0).path("label").asText());
        assertEquals(30000, facets.path("kind").path(0).path("count").asLong());
        assertEquals("NEWKIND", facets.path("kind").path(1).path("label").asText(), "a kind from a newer indexer");
        assertEquals("南通市市场监督管理局", facets.path("authority").path(0).path("value").asText());
        List<String> years = facets.path("year").findValuesAsText("value");
        assertEquals(List.of("2026", "2025", "2024"), years);
        assertEquals("2025年", facets.path("year").path(1).path("label").asText());
        assertEquals(2, facets.path("year").path(1).path("count").asLong());
    }

    @Test
    void subjects_areShownAboveTheRecords_withTheirHighlights() throws IOException {
        FoundSubjects subjects = FoundSubjects.read(MAPPER, """
                {"hits": {"hits": [{"_source": {"key": "91320602MA1X0000XX", "name": "南通金海家纺有限公司",
                  "type": "LEGAL_PERSON", "personIdHash": "Pabc", "formerNames": ["南通金海布艺厂", "金海\\"家纺\\""]}}]}}
                """.getBytes(StandardCharsets.UTF_8), "家纺");
        JsonNode subject = write(answer(""), 20, subjects).path("subjects").path(0);
        assertEquals("南通金海家纺有限公司", subject.path("name").asText());
        assertEquals("南通金海<em>家纺</em>有限公司", subject.path("highlight").path("name").asText());
        assertEquals("法人及非法人组织", subject.path("typeLabel").asText());
        assertFalse(subject.has("personIdHash"));
        assertEquals(List.of("南通金海布艺厂", "金海\"家纺\""), List.of(subject.path("formerNames").path(0).asText(),
                subject.path("formerNames").path(1).asText()));
    }

    @Test
    void anAnswerInAnotherOrder_isRefused_notAnsweredWrongly() {
        String hitsFirst = """
                {"hits": {"hits": [], "total": {"value": 1}}, "took": 3}
                """;
        assertThrows(IOException.class, () -> write(hitsFirst, 20, null));
        assertThrows(IOException.class, () -> write("[]", 20, null));
        assertThrows(IOException.class, () -> write("{\"took\": 1}", 20, null));
    }
}
