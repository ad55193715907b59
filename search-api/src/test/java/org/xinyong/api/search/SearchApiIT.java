package org.xinyong.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyong.api.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinyong.api.testing.Json;
import org.xinyong.api.testing.ServiceFixture;
import org.xinyong.api.testing.TestData;

/** {@code /api/search} and {@code /api/suggest} against the real server and real Elasticsearch. */
class SearchApiIT {
    private static ServiceFixture service;
    private static TestData data;

    @BeforeAll
    static void start() {
        service = ServiceFixture.start(SearchApiIT.class);
        data = service.data();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static JsonNode search(String query) {
        HttpResponse<String> response = service.get("/api/search?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void search_validCode_ranksThatSubjectFirst() {
        JsonNode body = search(q(data.jiafangCode));
        assertEquals(data.jiafangCode, body.path("subjects").path(0).path("creditCode").asText());
        assertEquals(data.jiafangCode, body.path("hits").path(0).path("creditCode").asText());
    }

    @Test
    void search_exactName_outranksPartialMatches() {
        JsonNode body = search(q(data.jiafangCityName));
        assertEquals(data.jiafangCityName, body.path("subjects").path(0).path("name").asText());
        assertEquals(data.jiafangCityName, body.path("hits").path(0).path("subjectName").asText());
    }

    @Test
    void search_chineseWord_findsBothJiafangSubjects() {
        JsonNode body = search(q("家纺"));
        Set<String> names = new HashSet<>(Json.texts(body.path("subjects"), "name"));
        assertTrue(names.containsAll(Set.of(data.jiafangName, data.jiafangCityName)), names.toString());
        assertTrue(body.path("hits").path(0).path("highlight").toString().contains("<em>"), "highlighted");
    }

    @Test
    void search_highlights_markWhatWasTyped_inRecordsAndSubjects() {
        JsonNode body = search(q("家纺"));
        JsonNode subjectMarks = body.path("subjects").path(0).path("highlight").path("name");
        assertTrue(subjectMarks.asText().contains("<em>家纺</em>") || subjectMarks.asText().contains("<em>家</em><em>纺</em>"),
                subjectMarks.toString());
        int marked = 0;
        for (JsonNode hit : body.path("hits")) {
            for (JsonNode text : hit.path("highlight")) {
                for (String mark : text.asText().split("<em>")) {
                    if (mark.contains("</em>")) {
                        String word = mark.substring(0, mark.indexOf("</em>"));
                        assertTrue(Set.of("家纺", "家", "纺").contains(word), "only the typed word is marked: " + text);
                        marked++;
                    }
                }
            }
        }
        assertTrue(marked > 0, "the records' texts are highlighted");
        // a full name is marked whole (Elasticsearch's highlighter split it where its words and bigrams overlap)
        JsonNode byName = search(q(data.jiafangName)).path("subjects").path(0);
        assertEquals("<em>" + data.jiafangName + "</em>", byName.path("highlight").path("name").asText(), byName.toString());
        // the records of a subject found by its code are shown, the code marks nothing in their texts
        JsonNode byCode = search(q(data.jiafangCode));
        assertFalse(byCode.path("subjects").path(0).has("highlight"), byCode.path("subjects").toString());
        assertFalse(byCode.path("hits").path(0).path("highlight").toString().contains("<em>"), byCode.path("hits").path(0).toString());
    }

    @Test
    void search_recordsSubjectNames_markOnlyWhatWasTyped_likeTheSubjects() {
        JsonNode body = search(q(data.steelName));
        JsonNode swapped = null;
        for (JsonNode hit : body.path("hits")) {
            if (hit.path("subjectName").asText().equals(data.steelSwappedName)) {
                swapped = hit;
            }
        }
        assertNotNull(swapped, "the records of the name with the same characters follow: " + body.path("hits"));
        // Elasticsearch's highlighter marked it whole, a chain of overlapping words and bigrams
        assertEquals("<em>南通</em>帆鑫<em>钢结构有限公司</em>", swapped.path("highlight").path("subjectName").asText(), swapped.toString());
        // a record's subject is marked as its subject card is
        JsonNode record = body.path("hits").path(0);
        assertEquals(data.steelName, record.path("subjectName").asText(), record.toString());
        assertEquals("<em>" + data.steelName + "</em>", record.path("highlight").path("subjectName").asText());
        assertEquals(body.path("subjects").path(0).path("highlight").path("name"), record.path("highlight").path("subjectName"));
    }

    @Test
    void search_pinyinWithSpace_findsSubject() {
        JsonNode body = search(q("nantong jiafang"));
        Set<String> names = new HashSet<>(Json.texts(body.path("subjects"), "name"));
        assertTrue(names.contains(data.jiafangName), names.toString());
    }

    @Test
    void search_typo_stillFindsTheSubjectFirst() {
        JsonNode body = search(q("南通国际家访产业园"));
        assertEquals(data.jiafangName, body.path("subjects").path(0).path("name").asText(), "家访 typed for 家纺");
        assertEquals(data.jiafangName, body.path("hits").path(0).path("subjectName").asText());
        assertTrue(body.path("subjectsApproximate").asBoolean(), "offered as names like the text: " + body.path("subjects"));
        assertFalse(search(q(data.jiafangName)).path("subjectsApproximate").asBoolean(true), "a name that matches");
    }

    @Test
    void search_wordsTypedTogether_findTextsThatHaveThemApart() {
        // the penalty's facts read 家纺产品质量抽检不合格: 家纺 and 抽检, not side by side
        JsonNode body = search(q("家纺抽检"));
        JsonNode first = body.path("hits").path(0);
        assertEquals(data.visiblePenalty, first.path("documentNumber").asText(), body.path("hits").toString());
        assertTrue(first.path("highlight").path("content").asText().contains("<em>抽检</em>"), "found by its text: " + first);
    }

    @Test
    void search_wordsThatAreNoOnesName_rankTheRecordsAboutThemFirst() {
        // 食品安全 matches no name; the typo-tolerant search finds 食品 companies by one of its
        // bigrams, and their records must not bury the one record about food safety
        JsonNode body = search(q("食品安全"));
        assertTrue(body.path("subjectsApproximate").asBoolean(), body.toString());
        List<String> offered = Json.texts(body.path("subjects"), "name");
        assertFalse(offered.isEmpty());
        assertTrue(offered.stream().allMatch(name -> name.contains("食品")), offered.toString());
        assertEquals(data.topicPenalty, body.path("hits").path(0).path("documentNumber").asText(), body.path("hits").toString());
        assertTrue(body.path("total").asLong() > 1, "the approximate subjects' records still follow: " + body.path("total"));
    }

    @Test
    void search_wordsWithSpaces_eachFoundWhereverItIs_aRegionOrKindAlsoByTheRecordsFacet() {
        // 崇川 is no text of the food penalty (its region is 320602), 食品 is in its subject's name
        // and facts, 罚款 in its title: no one field has all three
        JsonNode body = search(q("崇川 食品 罚款"));
        assertEquals(List.of(data.foodPenalty), Json.texts(body.path("hits"), "documentNumber"), body.toString());
        assertEquals(1, body.path("total").asLong());
        JsonNode words = body.path("words");
        assertEquals(List.of("崇川", "食品", "罚款"), Json.texts(words, "word"), words.toString());
        assertEquals("region", words.path(0).path("facet").asText());
        assertEquals(List.of("320602"), Json.texts(words.path(0).path("values"), "value"));
        assertEquals("崇川区", words.path(0).path("label").asText());
        assertFalse(words.path(1).has("facet"), "食品 is only a word");
        assertEquals("PENALTY", words.path(2).path("values").path(0).path("value").asText());

        // the city asks nothing of a record: the food-safety penalty is in 通州区
        assertEquals(data.topicPenalty, search(q("南通 食品安全")).path("hits").path(0).path("documentNumber").asText());
        // another region: that region's one food company (a 南通食品测试 company in 海安市), not 金鹰
        JsonNode haian = search(q("海安 食品 罚款")).path("hits");
        assertEquals(1, haian.size(), haian.toString());
        assertEquals("320685", haian.path(0).path("region").asText());
        assertTrue(haian.path(0).path("subjectName").asText().startsWith("南通食品测试"), haian.toString());
        // two districts: either, as two region filters are (a record is in one); 崇川's and 海安's
        JsonNode both = search(q("崇川 海安 食品 罚款")).path("hits");
        assertEquals(Set.of("320602", "320685"), Set.copyOf(Json.texts(both, "region")), both.toString());
        assertEquals(2, both.size(), both.toString());
        assertEquals(0, search(q(data.foodName)).path("words").size(), "one word: nothing read into it");
    }

    @Test
    void search_oneWordThatNamesAKind_findsThatKind_notOnlyTextsThatSayIt() {
        // no record's text says 黑名单; the black-listed company's two list entries are black lists
        JsonNode body = search(q("黑名单"));
        List<String> kinds = Json.texts(body.path("hits"), "kind");
        assertFalse(kinds.isEmpty(), body.toString());
        assertTrue(kinds.stream().allMatch("BLACK_LIST"::equals), kinds.toString());
        assertTrue(Json.texts(body.path("hits"), "subjectName").contains(data.blackName), body.toString());
        assertEquals("kind", body.path("words").path(0).path("facet").asText());
        assertEquals(0, search(q("南通")).path("words").size(), "the city alone asks nothing");

        // a district typed before a topic: the 家纺 company registered in 崇川, whose name does not say 崇川
        JsonNode chongchuan = search(q("崇川家纺"));
        assertEquals(List.of("崇川", "家纺"), Json.texts(chongchuan.path("words"), "word"));
        List<String> found = Json.texts(chongchuan.path("hits"), "subjectName");
        assertFalse(found.isEmpty(), chongchuan.toString());
        assertTrue(found.stream().allMatch(data.jiafangName::equals), found.toString());

        // a district alone: the company named 启东… first (found by name), then every record in 启东
        JsonNode qidong = search(q("启东"));
        assertEquals(data.blackName, qidong.path("hits").path(0).path("subjectName").asText(), qidong.toString());
        assertTrue(Json.texts(qidong.path("hits"), "region").stream().allMatch("320681"::equals), qidong.toString());
        assertTrue(qidong.path("total").asLong() > 2, "the district's other records too: " + qidong.path("total"));

        // what a record is outranks what a text mentions: the licences (no text of theirs says
        // 许可) before the food penalty titled 罚款：食品经营许可过期
        List<String> licence = Json.texts(search(q("许可")).path("hits"), "kind");
        assertEquals(List.of("LICENSE", "LICENSE", "PENALTY"), licence, licence.toString());
    }

    @Test
    void search_aNameAndAKindTypedTogether_findThatSubjectsRecordsOfThatKindFirst() {
        // how people ask for a company's penalties: no space, the kind at the end
        JsonNode body = search(q("南通国际家纺产业园处罚"));
        List<String> first = Json.texts(body.path("hits"), "documentNumber").subList(0, 3);
        assertEquals(Set.copyOf(data.jiafangVisiblePenalties()), Set.copyOf(first), body.path("hits").toString());
        JsonNode words = body.path("words");
        assertEquals(List.of("南通", "国际家纺产业园", "处罚"), Json.texts(words, "word"), words.toString());
        assertTrue(words.path(0).path("everywhere").asBoolean(), "the city: every record is in it");
        assertTrue(words.path(1).path("attached").asBoolean() && words.path(2).path("attached").asBoolean());
        assertEquals("PENALTY", words.path(2).path("values").path(0).path("value").asText());
        // mistyped (家访 for 家纺): the name is only like a subject's, whose penalties are still found, and only those
        JsonNode typo = search(q("南通国际家访产业园处罚"));
        assertTrue(typo.path("subjectsApproximate").asBoolean(), typo.toString());
        List<String> kinds = Json.texts(typo.path("hits"), "kind");
        assertFalse(kinds.isEmpty(), typo.toString());
        assertTrue(kinds.stream().allMatch("PENALTY"::equals), kinds.toString());
        assertTrue(Json.texts(typo.path("hits"), "documentNumber").containsAll(data.jiafangVisiblePenalties()), typo.toString());
        // a division narrows the names only like the text: 崇川's (the company's), not 海安's
        assertEquals(data.jiafangName, search(q("崇川 国际家访产业园 处罚")).path("subjects").path(0).path("name").asText());
        assertEquals(0, search(q("海安 国际家访产业园 处罚")).path("subjects").size());
        // the same without the kind: the licence is among the first records again
        assertTrue(Json.texts(search(q("南通国际家纺产业园")).path("hits"), "kind").subList(0, 4).contains("LICENSE"));
    }

    @Test
    void suggest_initials_findsSubject() {
        JsonNode body = Json.parse(service.get("/api/suggest?q=ntjf").body());
        List<String> names = Json.texts(body.path("suggestions"), "name");
        assertTrue(names.contains(data.jiafangCityName), names.toString());
        assertTrue(names.contains(data.jiafangName), "initials of the words in order, skipping one: " + names);
    }

    @Test
    void suggest_pinyinPrefix_findsSubject() {
        JsonNode body = Json.parse(service.get("/api/suggest?q=nantongguoji").body());
        assertEquals(data.jiafangName, body.path("suggestions").path(0).path("name").asText());
    }

    @Test
    void suggest_codePrefix_findsSubject() {
        JsonNode body = Json.parse(service.get("/api/suggest?q=" + data.blackCode.substring(0, 16)).body());
        assertEquals(data.blackName, body.path("suggestions").path(0).path("name").asText());
    }

    @Test
    void search_hiddenRecords_areNeverReturned() {
        for (String number : data.jiafangHiddenPenalties()) {
            JsonNode body = search(q(number));
            assertFalse(body.path("hits").toString().contains(number), number + " must be invisible");
        }
        for (String number : data.jiafangVisiblePenalties()) {
            JsonNode body = search(q(number));
            assertEquals(number, body.path("hits").path(0).path("documentNumber").asText());
        }
    }

    @Test
    void search_facetFilter_narrowsToKind() {
        JsonNode all = search(q("南通") + "&size=5");
        JsonNode kinds = all.path("facets").path("kind");
        assertTrue(kinds.size() >= 2, kinds.toString());
        JsonNode licences = search(q("南通") + "&kind=LICENSE");
        licences.path("hits").forEach(h -> assertEquals("LICENSE", h.path("kind").asText()));
        long facetCount = 0;
        for (JsonNode k : kinds) {
            if (k.path("value").asText().equals("LICENSE")) {
                facetCount = k.path("count").asLong();
            }
        }
        assertEquals(facetCount, licences.path("total").asLong());
    }

    @Test
    void search_yearFacet_newestFirst_andEachCountIsWhatTheYearFilterFinds() {
        JsonNode all = search(q("南通") + "&size=5");
        JsonNode years = all.path("facets").path("year");
        assertTrue(years.size() >= 2, "the test data spans two years: " + years);
        long sum = 0;
        String previous = "9999";
        for (JsonNode year : years) {
            String value = year.path("value").asText();
            assertTrue(value.matches("\\d{4}") && value.compareTo(previous) < 0, "newest first: " + years);
            assertEquals(value + "年", year.path("label").asText());
            JsonNode filtered = search(q("南通") + "&year=" + value);
            assertEquals(year.path("count").asLong(), filtered.path("total").asLong(), "year " + value);
            filtered.path("hits").forEach(h -> assertTrue(h.path("decisionDate").asText().startsWith(value), h.toString()));
            sum += year.path("count").asLong();
            previous = value;
        }
        assertEquals(all.path("total").asLong(), sum, "every public record has a decision year: " + years);
    }

    @Test
    void search_fullResidentId_findsPersonButShowsOnlyMask() {
        HttpResponse<String> response = service.get("/api/search?" + q(data.personId));
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains(data.personId), "the full ID never leaves the server");
        JsonNode body = Json.parse(response.body());
        assertEquals(data.personPenalty, body.path("hits").path(0).path("documentNumber").asText());
        assertEquals(data.personId.substring(0, 4) + "**********" + data.personId.substring(14),
                body.path("hits").path(0).path("personIdMasked").asText());

        // a name and an ID typed together: the query and its words are echoed masked
        HttpResponse<String> mixed = service.get("/api/search?" + q(data.personName + " " + data.personId));
        assertEquals(200, mixed.statusCode());
        assertFalse(mixed.body().contains(data.personId), mixed.body());
        JsonNode echoed = Json.parse(mixed.body());
        assertTrue(echoed.path("query").asText().contains(org.xinyong.core.privacy.Masking.maskId(data.personId)), echoed.path("query").asText());
        assertEquals(2, echoed.path("words").size(), echoed.path("words").toString());
        // the ID decides, as alone (and only its hash went to Elasticsearch: SearchQueriesTest)
        assertEquals(data.personPenalty, echoed.path("hits").path(0).path("documentNumber").asText(), echoed.toString());
    }

    @Test
    void search_naturalPersonWithoutAPublicRecord_isNeitherFoundNorSuggested() {
        // 李四: an expired and a repaired penalty, nothing public
        for (String q : List.of(data.pastPersonName, "lisi", data.pastPersonId)) {
            JsonNode body = search(q(q));
            assertTrue(Json.texts(body.path("subjects"), "name").stream().noneMatch(data.pastPersonName::equals), q + ": " + body);
            assertEquals(0, body.path("total").asLong(), q + ": " + body);
            JsonNode suggested = Json.parse(service.get("/api/suggest?" + q(q)).body());
            assertTrue(Json.texts(suggested.path("suggestions"), "name").stream().noneMatch(data.pastPersonName::equals),
                    q + ": " + suggested);
        }
        // 张三, with a public penalty, is
        assertTrue(Json.texts(search(q(data.personName)).path("subjects"), "name").contains(data.personName));
        assertTrue(Json.texts(Json.parse(service.get("/api/suggest?" + q(data.personName)).body()).path("suggestions"), "name")
                .contains(data.personName));
    }

    @Test
    void search_namesakesWithoutAPublicRecord_leaveTheirPlacesToOthers() {
        // the six 王芳 rank first and none has a public record: the search looks further
        JsonNode body = search(q(data.crowdName));
        List<String> shown = Json.texts(body.path("subjects"), "name");
        assertEquals(List.of(data.crowdedLongerName), shown, body.toString());
        assertTrue(body.path("total").asLong() >= 1, body.toString());
        assertEquals(data.crowdedLongerName, body.path("hits").path(0).path("subjectName").asText(), body.toString());
    }

    @Test
    void search_deepPaging_refusedThenCursorContinues() {
        HttpResponse<String> deep = service.get("/api/search?" + q("测试处罚记录") + "&page=60&size=20");
        assertEquals(400, deep.statusCode());
        assertTrue(deep.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(deep.body().contains("page-too-deep"));

        Set<String> seen = new HashSet<>();
        JsonNode page = search(q("测试处罚记录") + "&size=25&sort=date");
        long total = page.path("total").asLong();
        while (true) {
            page.path("hits").forEach(h -> assertTrue(seen.add(h.path("id").asText()), "no duplicates across pages"));
            if (!page.has("nextCursor")) {
                break;
            }
            page = search(q("测试处罚记录") + "&size=25&sort=date&cursor=" + page.path("nextCursor").asText());
        }
        assertEquals(total, seen.size());
        assertTrue(total >= 60, "filler records found: " + total);
    }

    @Test
    void search_badInput_answersProblems() {
        assertProblem(service.get("/api/search?" + q("南".repeat(201))), 400, "query-too-long");
        assertProblem(service.get("/api/search?q=x&page=abc"), 400, "bad-parameter");
        assertProblem(service.get("/api/search?q=x&size=1000"), 400, "bad-parameter");
        assertProblem(service.get("/api/search?q=x&kind=NOPE"), 400, "bad-parameter");
        // more values than a filter takes: refused, not cut to the first twenty (another question)
        assertProblem(service.get("/api/search?q=x&authority=" + String.join(",", java.util.Collections.nCopies(21, "a"))), 400, "bad-parameter");
        assertProblem(service.get("/api/search?q=x&cursor=bm90LWEtY3Vyc29y"), 400, "bad-cursor");
        // well-formed, but not a position in the list asked for: Elasticsearch refused these (a 500)
        assertProblem(service.get("/api/search?q=x&cursor=WyJ4Il0"), 400, "bad-cursor");   // ["x"]
        String byRelevance = search(q("测试处罚记录") + "&size=25").path("nextCursor").asText();
        assertFalse(byRelevance.isEmpty());
        assertEquals(200, service.get("/api/search?" + q("测试处罚记录") + "&size=25&cursor=" + byRelevance).statusCode());
        assertProblem(service.get("/api/search?" + q("测试处罚记录") + "&size=25&sort=date&cursor=" + byRelevance), 400, "bad-cursor");
        assertProblem(service.get("/api/search?size=25&cursor=" + byRelevance), 400, "bad-cursor");
    }

}
