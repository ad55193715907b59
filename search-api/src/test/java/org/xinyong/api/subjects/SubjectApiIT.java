package org.xinyong.api.subjects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinyong.api.testing.Json;
import org.xinyong.api.testing.ServiceFixture;
import org.xinyong.api.testing.TestCodes;
import org.xinyong.api.testing.TestData;

/** {@code /api/subjects/{key}} and {@code /api/lists/*}: credit files and lists, law-true. */
class SubjectApiIT {
    private static ServiceFixture service;
    private static TestData data;

    @BeforeAll
    static void start() {
        service = ServiceFixture.start(SubjectApiIT.class);
        data = service.data();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static JsonNode file(String key) {
        HttpResponse<String> response = service.get("/api/subjects/" + key);
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }

    private static JsonNode group(JsonNode file, String kind) {
        for (JsonNode g : file.path("groups")) {
            if (g.path("kind").asText().equals(kind)) {
                return g;
            }
        }
        throw new AssertionError("no group " + kind);
    }

    @Test
    void subject_file_showsOnlyPublicRecordsNewestFirst() {
        JsonNode file = file(data.jiafangCode);
        assertEquals(data.jiafangName, file.path("subject").path("name").asText());
        JsonNode penalties = group(file, "PENALTY");
        assertEquals(3, penalties.path("count").asInt(), "expired, repaired and minor penalties are not counted");
        assertEquals(data.jiafangVisiblePenalties(), Json.texts(penalties.path("records"), "documentNumber"));
        for (String hidden : data.jiafangHiddenPenalties()) {
            assertFalse(file.toString().contains(hidden), hidden);
        }
        assertEquals(7, file.path("groups").size(), "every kind, empty ones included");
        assertEquals(1, group(file, "LICENSE").path("count").asInt());
        assertEquals("/api/subjects/" + data.jiafangCode + "/report.pdf", file.path("reportUrl").asText());
    }

    @Test
    void subject_badges_followListMemberships() {
        assertEquals(List.of("RED_LIST"), Json.texts(file(data.jiafangCode).path("badges"), "code"));
        assertEquals(List.of("BLACK_LIST", "ABNORMAL"), Json.texts(file(data.blackCode).path("badges"), "code"));
    }

    @Test
    void subject_checksumFailure_is400NamingTheReason() {
        HttpResponse<String> response = service.get("/api/subjects/" + TestCodes.withBadChecksum(data.jiafangCode));
        assertEquals(400, response.statusCode());
        JsonNode problem = Json.parse(response.body());
        assertTrue(problem.path("type").asText().endsWith("/invalid-code"));
        assertTrue(problem.path("detail").asText().contains("校验位"), problem.toString());
        assertEquals(400, service.get("/api/subjects/NOT-A-CODE").statusCode());
    }

    @Test
    void subject_wellFormedUnknownCode_is404() {
        HttpResponse<String> response = service.get("/api/subjects/" + TestCodes.creditCode("320602", 999_999));
        assertEquals(404, response.statusCode());
        assertTrue(Json.parse(response.body()).path("type").asText().endsWith("/subject-not-found"));
    }

    @Test
    void subject_naturalPerson_isAddressedByPseudonymAndMasked() {
        HttpResponse<String> byId = service.get("/api/subjects/" + data.personId);
        assertEquals(400, byId.statusCode());
        assertFalse(byId.body().contains(data.personId), "an ID in the path is not echoed");
        String key = data.hasher.subjectKey(data.personId);
        HttpResponse<String> response = service.get("/api/subjects/" + key);
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains(data.personId));
        assertTrue(response.body().contains(data.personId.substring(0, 4) + "**********"));
    }

    @Test
    void subject_naturalPersonWithoutAPublicRecord_isNotShown() {
        // 李四's penalties are in the index (expired, repaired), none public: no file, no report
        String key = data.hasher.subjectKey(data.pastPersonId);
        HttpResponse<String> response = service.get("/api/subjects/" + key);
        assertEquals(404, response.statusCode(), response.body());
        assertTrue(Json.parse(response.body()).path("type").asText().endsWith("/subject-not-found"));
        assertFalse(response.body().contains(data.pastPersonName), response.body());
        assertEquals(404, service.get("/api/subjects/" + key + "/report.pdf").statusCode());
        assertEquals(404, service.get("/api/subjects/" + key + "/grade").statusCode());
        assertEquals(200, service.get("/api/subjects/" + data.hasher.subjectKey(data.personId) + "/grade").statusCode(),
                "a person with a public record has a grade");
        // a company without a public record keeps its file: its registration is public
        assertEquals(200, service.get("/api/subjects/" + data.jiafangCityCode).statusCode());
    }

    private static JsonNode lists(String list, String q) {
        return Json.parse(service.get("/api/lists/" + list + "?q="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).body());
    }

    @Test
    void lists_black_containsSeriousDishonestyAndFiltersByType() {
        JsonNode black = Json.parse(service.get("/api/lists/black").body());
        assertTrue(Json.texts(black.path("entries"), "subjectName").contains(data.blackName));
        JsonNode abnormal = Json.parse(service.get("/api/lists/black?type=ABNORMAL_OPERATION").body());
        abnormal.path("entries").forEach(e -> assertEquals("ABNORMAL_OPERATION", e.path("listType").asText()));
        assertEquals(1, abnormal.path("total").asInt());
        JsonNode red = Json.parse(service.get("/api/lists/red?q=" + java.net.URLEncoder.encode("家纺", java.nio.charset.StandardCharsets.UTF_8)).body());
        assertEquals(List.of(data.jiafangName), Json.texts(red.path("entries"), "subjectName"));
        // the company is registered in 崇川 (320602); its name does not say so
        assertEquals(List.of(data.jiafangName), Json.texts(lists("red", "崇川 家纺").path("entries"), "subjectName"));
        assertEquals(0, lists("red", "海安 家纺").path("total").asInt(), "another district");
        // one word on a list sorted by date: its text, not every entry of its tier (严重)
        assertEquals(List.of(data.blackName), Json.texts(lists("black", "严重").path("entries"), "subjectName"));
        assertEquals(1, lists("black", "严重").path("total").asInt());
        assertEquals(404, service.get("/api/lists/grey").statusCode());
        assertEquals(400, service.get("/api/lists/red?type=COURT_DEFAULTER").statusCode());
    }
}
