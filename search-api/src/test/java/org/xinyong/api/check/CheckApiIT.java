package org.xinyong.api.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyong.api.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinyong.api.testing.Json;
import org.xinyong.api.testing.ServiceFixture;
import org.xinyong.api.testing.TestCodes;
import org.xinyong.api.testing.TestData;

/** {@code POST /api/check}: verdicts, formats, limits and the audit trail. */
class CheckApiIT {
    private static ServiceFixture service;
    private static TestData data;

    @BeforeAll
    static void start() {
        service = ServiceFixture.start(CheckApiIT.class);
        data = service.data();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static JsonNode checkJson(String json, boolean keyed) {
        HttpRequest.Builder request = service.request("/api/check").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (keyed) {
            request.header("Authorization", "Bearer " + ServiceFixture.BANK_KEY);
        }
        HttpResponse<String> response = service.send(request.build());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), "a bank's counterparties");
        return Json.parse(response.body());
    }

    private static String entry(String name, String code) {
        return "{\"name\":\"" + name + "\",\"code\":\"" + code + "\"}";
    }

    @Test
    void check_verdicts_followMatchAndRecords() {
        JsonNode body = checkJson("[" + String.join(",",
                entry(data.jiafangName, data.jiafangCode),
                entry(data.blackName, ""),
                entry(data.bankName, data.bankCode),
                entry(data.jiafangName, TestCodes.withBadChecksum(data.jiafangCode)),
                entry(data.jiafangName, data.bankCode),
                entry("上海完全无关贸易有限公司", ""),
                entry("", data.jiafangCode),
                entry("南通国际家纺产业园", "")) + "]", true);
        JsonNode results = body.path("results");
        assertEquals("HIT", results.path(0).path("verdict").asText(), "code+name equal, active penalties");
        assertEquals(1.0, results.path(0).path("score").asDouble());
        assertEquals(data.jiafangVisiblePenalties().size(), results.path(0).path("activePenalties").asInt(),
                "only public penalties count");
        assertEquals("HIT", results.path(1).path("verdict").asText(), "exact name, on a black list");
        assertEquals("CLEAR", results.path(2).path("verdict").asText(), "matched, nothing adverse");
        assertEquals("REVIEW", results.path(3).path("verdict").asText(), "name matches but the code fails its checksum");
        assertEquals("REVIEW", results.path(4).path("verdict").asText(), "name of one subject, code of another");
        assertEquals("CLEAR", results.path(5).path("verdict").asText());
        assertTrue(results.path(5).path("subject").isNull());
        assertEquals("HIT", results.path(6).path("verdict").asText(), "code alone is enough");
        assertEquals(data.jiafangCode, results.path(7).path("subject").path("creditCode").asText(), "suffix stripped: core name");
        assertTrue(results.path(7).path("explanation").toString().contains("核心名称一致"));
        assertEquals(8, body.path("summary").path("total").asInt());
    }

    @Test
    void check_naturalPersonWithoutAPublicRecord_isNoOneToMatch() {
        JsonNode results = checkJson("[" + entry(data.pastPersonName, "") + "," + entry(data.personName, "") + "]", true)
                .path("results");
        assertEquals("CLEAR", results.path(0).path("verdict").asText(), results.toString());
        assertTrue(results.path(0).path("subject").isNull(), "not even named as a match: " + results.path(0));
        assertEquals(data.personName, results.path(1).path("subject").path("name").asText(), results.path(1).toString());
    }

    @Test
    void check_namesakesWithoutAPublicRecord_doNotCrowdOutOneWithAPenalty() {
        // the six 王芳 are recalled first (same name), none has a public record; 王方 sounds the same
        JsonNode r = checkJson("[" + entry(data.crowdName, "") + "]", true).path("results").path(0);
        assertEquals(data.crowdedHomophone, r.path("subject").path("name").asText(), r.toString());
        assertEquals("REVIEW", r.path("verdict").asText(), r.toString());
        assertTrue(r.toString().contains(data.crowdedHomophonePenalty), "her active penalty: " + r);
    }

    @Test
    void check_homophone_isFoundForReview() {
        JsonNode body = checkJson("[" + entry("南通金英食品有限公司", "") + "]", true);
        JsonNode r = body.path("results").path(0);
        assertEquals(data.foodCode, r.path("subject").path("creditCode").asText());
        assertEquals("REVIEW", r.path("verdict").asText(), "a homophone with an active penalty needs a person");
        assertTrue(r.path("explanation").toString().contains("拼音"));
    }

    @Test
    void check_gbkCsv_isAnsweredInGbkCsv() {
        Charset gbk = Charset.forName("GBK");
        String csv = "名称,统一社会信用代码\n" + data.blackName + ",\n" + data.bankName + "," + data.bankCode + "\n";
        HttpResponse<byte[]> response;
        try {
            response = java.net.http.HttpClient.newHttpClient().send(service.request("/api/check")
                    .header("Content-Type", "text/csv").header("Authorization", "Bearer " + ServiceFixture.BANK_KEY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(gbk))).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String answer = new String(response.body(), Charset.forName("GB18030"));
        String[] lines = answer.split("\r?\n");
        assertEquals(3, lines.length, answer);
        assertTrue(lines[0].startsWith("序号,名称,统一社会信用代码,结论"), lines[0]);
        assertTrue(lines[1].contains("HIT") && lines[1].contains("严重失信主体名单"), lines[1]);
        assertTrue(lines[2].contains("CLEAR"), lines[2]);
    }

    @Test
    void check_badCsv_isProblem() {
        HttpResponse<String> response = service.send(service.request("/api/check").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("名称,代码\n\"unterminated,quote\n")).build());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(Json.parse(response.body()).path("type").asText().endsWith("/bad-csv"));
        HttpResponse<String> json = service.send(service.request("/api/check").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"not\": \"a list\"")).build());
        assertEquals(400, json.statusCode());
    }

    @Test
    void check_anonymous_isLimitedToAFewEntries() {
        String many = "[" + String.join(",", Stream.generate(() -> entry(data.bankName, "")).limit(21).toList()) + "]";
        HttpResponse<String> response = service.send(service.request("/api/check").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(many)).build());
        assertEquals(413, response.statusCode());
        assertTrue(Json.parse(response.body()).path("type").asText().endsWith("/too-many-entries"));
        // a key is not a licence for batches: an enterprise's checks a handful too, a bank's thousands
        HttpResponse<String> enterprise = service.send(service.request("/api/check").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ServiceFixture.ENTERPRISE_KEY).POST(HttpRequest.BodyPublishers.ofString(many)).build());
        assertEquals(413, enterprise.statusCode(), enterprise.body());
        HttpResponse<String> bank = service.send(service.request("/api/check").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ServiceFixture.BANK_KEY).POST(HttpRequest.BodyPublishers.ofString(many)).build());
        assertEquals(200, bank.statusCode(), bank.body());
        HttpResponse<String> badKey = service.send(service.request("/api/check").header("Content-Type", "application/json")
                .header("Authorization", "Bearer wrong").POST(HttpRequest.BodyPublishers.ofString("[]")).build());
        assertEquals(401, badKey.statusCode());
    }

    @Test
    void check_aBodyPastTheGeneralLimit_isABanksOnly() {
        // 500 entries of long names, about 100 kB: over the 64 kB any caller but a bank may send
        String name = "南通" + "长".repeat(60) + "有限公司";
        String large = "[" + String.join(",", Stream.generate(() -> entry(name, "")).limit(500).toList()) + "]";
        assertTrue(large.getBytes(StandardCharsets.UTF_8).length > 65_536);
        HttpResponse<String> anonymous = service.send(service.request("/api/check").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(large)).build());
        assertProblem(anonymous, 413, "body-too-large");
        assertEquals(500, checkJson(large, true).path("results").size(), "a bank's batch of the same size is checked");
    }

    @Test
    void check_thousandEntries_withKey_allAnswered() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            json.append(i == 0 ? "" : ",").append(entry(i % 2 == 0 ? data.jiafangName : "无关公司" + i, ""));
        }
        JsonNode body = checkJson(json.append("]").toString(), true);
        assertEquals(1000, body.path("results").size());
        assertEquals(500, body.path("summary").path("hit").asInt());
    }

    @Test
    void aCheck_whoseAuditLineCannotBeWritten_isRefused_untilTheLogIsBack() {
        service.withAuditUnwritable(() -> {
            HttpResponse<String> refused = service.send(service.request("/api/check")
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + ServiceFixture.BANK_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString("[" + entry(data.blackName, "") + "]")).build());
            assertProblem(refused, 503, "audit-unavailable");
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            assertFalse(refused.body().contains(data.blackCode), "no verdict goes out untraced: " + refused.body());
        });
        assertEquals("HIT", checkJson("[" + entry(data.blackName, "") + "]", true).path("results").path(0).path("verdict").asText(),
                "answered again once the log can be written");
    }

    @Test
    void check_isAudited() throws Exception {
        checkJson("[" + entry(data.blackName, "") + "]", true);
        service.audit().drain();
        try (Stream<java.nio.file.Path> files = Files.list(service.audit().dir())) {
            String audit = files.map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            }).reduce("", String::concat);
            assertTrue(audit.contains("\"action\":\"check\"") && audit.contains(data.blackCode) && audit.contains("test-bank"), audit);
        }
    }
}
