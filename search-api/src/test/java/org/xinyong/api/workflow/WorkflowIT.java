package org.xinyong.api.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyong.api.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinyong.api.testing.Json;
import org.xinyong.api.testing.ServiceFixture;
import org.xinyong.api.testing.TestData;
import org.xinyong.core.inspection.WeightedDraw;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.workflow.Journal;
import org.xinyong.indexer.load.IndexAdmin;
import org.xinyong.indexer.load.RecordLoader;

/** The supervision workflows end to end through the API, refusals included. */
class WorkflowIT {
    private static ServiceFixture service;
    private static TestData data;

    @BeforeAll
    static void start() {
        service = ServiceFixture.start(WorkflowIT.class);
        data = service.data();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> post(String path, String key, String json) {
        HttpRequest.Builder r = service.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            r.header("Authorization", "Bearer " + key);
        }
        return service.send(r.build());
    }

    private static HttpResponse<String> get(String path, String key) {
        HttpRequest.Builder r = service.request(path).GET();
        if (key != null) {
            r.header("Authorization", "Bearer " + key);
        }
        return service.send(r.build());
    }


    private static String commitment(String name) {
        return "{\"subjectName\":\"" + name + "\",\"commitmentType\":\"主动型\",\"reason\":\"诚信经营承诺\","
                + "\"content\":\"本单位承诺依法诚信经营，产品质量符合国家标准。\",\"liability\":\"如违反承诺，自愿接受相关部门依法处理。\","
                + "\"validUntil\":\"2030-12-31\",\"acceptingUnit\":\"" + ServiceFixture.AUTHORITY + "\"}";
    }

    private static JsonNode file(String key) {
        return Json.parse(get("/api/subjects/" + key, null).body());
    }

    private static JsonNode group(JsonNode file, String kind) {
        for (JsonNode g : file.path("groups")) {
            if (g.path("kind").asText().equals(kind)) {
                return g;
            }
        }
        throw new AssertionError(kind);
    }

    @Test
    void commitment_isPublishedAtOnce_andFulfilmentRecordedByTheAcceptingUnit() {
        HttpResponse<String> created = post("/api/commitments", ServiceFixture.ENTERPRISE_KEY, commitment(data.jiafangName));
        assertEquals(201, created.statusCode(), created.body());
        String code = Json.parse(created.body()).path("commitmentCode").asText();
        assertTrue(code.matches("\\d{20}"), code);

        JsonNode hits = Json.parse(get("/api/search?q=" + code, null).body()).path("hits");
        assertEquals("COMMITMENT", hits.path(0).path("kind").asText(), "searchable at once");
        assertTrue(Json.texts(group(file(data.jiafangCode), "COMMITMENT").path("records"), "documentNumber").contains(code));

        assertTrue(get("/api/commitments", ServiceFixture.AUTHORITY_KEY).body().contains(code), "awaiting the accepting unit's decision");
        String fulfilment = "{\"fulfilment\":\"全部未履行\",\"date\":\"" + data.today + "\",\"unfulfilled\":\"未按承诺整改\"}";
        assertProblem(post("/api/commitments/" + code + "/fulfilment", ServiceFixture.OTHER_AUTHORITY_KEY, fulfilment), 403, "not-your-department");
        assertProblem(post("/api/commitments/" + code + "/fulfilment", ServiceFixture.AUTHORITY_KEY,
                "{\"fulfilment\":\"全部未履行\",\"date\":\"" + data.today + "\"}"), 422, "invalid-field");
        assertEquals(200, post("/api/commitments/" + code + "/fulfilment", ServiceFixture.AUTHORITY_KEY, fulfilment).statusCode());
        JsonNode record = null;
        for (JsonNode r : group(file(data.jiafangCode), "COMMITMENT").path("records")) {
            if (r.path("documentNumber").asText().equals(code)) {
                record = r;
            }
        }
        assertEquals("全部未履行", record.path("fulfilment").asText(), "a broken commitment shows as such");
        JsonNode grade = Json.parse(get("/api/subjects/" + data.jiafangCode + "/grade", ServiceFixture.AUTHORITY_KEY).body());
        assertTrue(grade.path("factors").toString().contains("COMMITMENT_BROKEN"), "the grade follows at once: " + grade);
    }

    @Test
    void me_tellsTheKeysRoleAndBinding() {
        JsonNode me = Json.parse(get("/api/me", ServiceFixture.ENTERPRISE_KEY).body());
        assertEquals("enterprise", me.path("role").asText());
        assertEquals(data.jiafangCode, me.path("binding").asText());
        assertEquals("anonymous", Json.parse(get("/api/me", null).body()).path("role").asText());
    }

    @Test
    void commitment_refusals() {
        assertProblem(post("/api/commitments", null, commitment(data.jiafangName)), 401, "api-key-required");
        assertProblem(post("/api/commitments", ServiceFixture.BANK_KEY, commitment(data.jiafangName)), 403, "forbidden-role");
        assertProblem(post("/api/commitments", ServiceFixture.AUTHORITY_KEY, commitment(data.jiafangName)), 403, "forbidden-role");
        assertProblem(post("/api/commitments", ServiceFixture.ENTERPRISE_KEY, commitment(data.blackName)), 422, "invalid-field");
        HttpResponse<String> missing = post("/api/commitments", ServiceFixture.ENTERPRISE_KEY,
                "{\"subjectName\":\"" + data.jiafangName + "\"}");
        assertProblem(missing, 422, "invalid-field");
        assertEquals("commitmentType", Json.parse(missing.body()).path("field").asText(), "names the field: " + missing.body());
        assertProblem(post("/api/commitments", ServiceFixture.ENTERPRISE_KEY, "not json"), 400, "bad-json");
        assertProblem(post("/api/commitments", ServiceFixture.ENTERPRISE_KEY,
                commitment(data.jiafangName).replace("2030-12-31", "2020-01-01")), 422, "invalid-field");
    }

    @Test
    void repair_refusalsThenApproval_removesTheRecordFromEveryPublicView() throws Exception {
        CreditRecord repairable = data.record(data.repairablePenalty);
        CreditRecord tooRecent = data.record(data.visiblePenalty);
        String apply = "{\"recordId\":\"%s\",\"obligationsMet\":%s,\"repairCommitment\":true,"
                + "\"obligationsStatement\":\"罚款已于2026年缴清，违法行为已整改。\"}";
        assertProblem(post("/api/repairs", ServiceFixture.OTHER_ENTERPRISE_KEY, apply.formatted(repairable.id(), true)), 403, "not-your-record");
        HttpResponse<String> early = post("/api/repairs", ServiceFixture.ENTERPRISE_KEY, apply.formatted(tooRecent.id(), true));
        assertProblem(early, 422, "not-yet-eligible");
        assertEquals(tooRecent.decisionDate().plusMonths(3).toString(), Json.parse(early.body()).path("eligibleFrom").asText(),
                "says from when, as a field: " + early.body());
        assertProblem(post("/api/repairs", ServiceFixture.ENTERPRISE_KEY, apply.formatted(repairable.id(), false)), 422, "invalid-field");
        assertProblem(post("/api/repairs", null, apply.formatted(repairable.id(), true)), 401, "api-key-required");

        HttpResponse<String> submitted = post("/api/repairs", ServiceFixture.ENTERPRISE_KEY, apply.formatted(repairable.id(), true));
        assertEquals(201, submitted.statusCode(), submitted.body());
        String id = Json.parse(submitted.body()).path("id").asText();
        assertProblem(post("/api/repairs", ServiceFixture.ENTERPRISE_KEY, apply.formatted(repairable.id(), true)), 409, "already-applied");
        assertEquals("SUBMITTED", Json.parse(get("/api/repairs/" + id, ServiceFixture.ENTERPRISE_KEY).body()).path("status").asText());
        assertProblem(get("/api/repairs/" + id, ServiceFixture.OTHER_ENTERPRISE_KEY), 403, "not-your-application");
        assertTrue(get("/api/repairs?status=SUBMITTED", ServiceFixture.AUTHORITY_KEY).body().contains(id), "the reviewer's queue");

        String approve = "{\"decision\":\"APPROVE\",\"reason\":\"已履行义务，符合修复条件\"}";
        assertProblem(post("/api/repairs/" + id + "/decision", ServiceFixture.OTHER_AUTHORITY_KEY, approve), 403, "not-your-department");
        assertProblem(post("/api/repairs/" + id + "/decision", ServiceFixture.ENTERPRISE_KEY, approve), 403, "forbidden-role");
        assertProblem(post("/api/repairs/" + id + "/decision", ServiceFixture.AUTHORITY_KEY, "{\"decision\":\"REJECT\"}"), 422, "invalid-field");
        HttpResponse<String> decided = post("/api/repairs/" + id + "/decision", ServiceFixture.AUTHORITY_KEY, approve);
        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals("APPROVED", Json.parse(get("/api/repairs/" + id, ServiceFixture.ENTERPRISE_KEY).body()).path("status").asText());

        String number = URLEncoder.encode(data.repairablePenalty, StandardCharsets.UTF_8);
        assertFalse(get("/api/search?q=" + number, null).body().contains(repairable.id()), "gone from search");
        JsonNode penalties = group(file(data.jiafangCode), "PENALTY");
        assertEquals(data.jiafangVisiblePenalties().size() - 1, penalties.path("count").asInt(), "gone from the file");
        JsonNode check = Json.parse(post("/api/check", ServiceFixture.BANK_KEY,
                "[{\"name\":\"" + data.jiafangName + "\",\"code\":\"" + data.jiafangCode + "\"}]").body());
        assertEquals(data.jiafangVisiblePenalties().size() - 1, check.path("results").path(0).path("activePenalties").asInt(), "gone from checks");
        JsonNode kept = service.clients().client().get(g -> g.index(service.names().records()).id(repairable.id()),
                JsonNode.class).source();
        assertEquals("REPAIRED", kept.path("status").asText(), "kept for audit");
        assertProblem(post("/api/repairs", ServiceFixture.ENTERPRISE_KEY, apply.formatted(repairable.id(), true)), 409, "not-active");

        // a rebuild from the department's data (which still says ACTIVE) keeps the online decision
        IndexAdmin admin = new IndexAdmin(service.clients().client(), service.names());
        String records = admin.createVersion(IndexAdmin.Kind.RECORDS, true);
        String subjects = admin.createVersion(IndexAdmin.Kind.SUBJECTS, true);
        try (RecordLoader loader = new RecordLoader(RecordLoader.Mode.REBUILD, service.clients(),
                org.xinyong.core.json.Json.newMapper(), records, subjects, RecordLoader.Options.defaults(),
                (l, r, f, reason) -> { }, Clock.systemUTC(), Journal.load(service.clients().client(), service.names()))) {
            for (CreditRecord r : data.records) {
                loader.accept(1, "", r, data.subjectOf(r));
            }
            loader.addJournalRecords();
            loader.finish();
        }
        admin.finishBulk(records);
        admin.swap(IndexAdmin.Kind.RECORDS, records);
        admin.finishBulk(subjects);
        admin.swap(IndexAdmin.Kind.SUBJECTS, subjects);
        JsonNode rebuilt = service.clients().client().get(g -> g.index(service.names().records()).id(repairable.id()),
                JsonNode.class).source();
        assertEquals("REPAIRED", rebuilt.path("status").asText(), "the rebuild replayed the journal");
    }

    @Test
    void grade_publicSeesTheLetter_authoritySeesEveryFactor() {
        JsonNode pub = Json.parse(get("/api/subjects/" + data.blackCode + "/grade", null).body());
        assertEquals("D", pub.path("grade").asText());
        assertFalse(pub.has("factors"), "the public sees what policy allows: the letter");
        JsonNode full = Json.parse(get("/api/subjects/" + data.blackCode + "/grade", ServiceFixture.AUTHORITY_KEY).body());
        assertEquals("D", full.path("grade").asText());
        assertTrue(full.path("factors").toString().contains("SERIOUS_BLACK_LIST"), full.toString());
        JsonNode clean = Json.parse(get("/api/subjects/" + data.bankCode + "/grade", ServiceFixture.AUTHORITY_KEY).body());
        assertEquals("B", clean.path("grade").asText());
        assertEquals(80, clean.path("score").asInt());
    }

    @Test
    void inspectionPlan_isWeightedAndReproducibleFromThePublishedSeed() {
        String request = "{\"name\":\"2026年度产品质量抽查\",\"size\":5,\"seed\":\"published-seed-42\"}";
        assertProblem(post("/api/inspections/plans", ServiceFixture.ENTERPRISE_KEY, request), 403, "forbidden-role");
        assertProblem(post("/api/inspections/plans", ServiceFixture.AUTHORITY_KEY, "{\"name\":\"x\",\"size\":0}"), 422, "invalid-field");
        HttpResponse<String> created = post("/api/inspections/plans", ServiceFixture.AUTHORITY_KEY, request);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode plan = Json.parse(created.body());
        assertEquals("published-seed-42", plan.path("seed").asText());
        assertEquals(5, plan.path("drawn").size());

        JsonNode published = Json.parse(get("/api/inspections/plans/" + plan.path("id").asText() + "?population=1", null).body());
        TreeMap<String, Integer> weights = new TreeMap<>();
        published.path("population").forEach(p -> weights.put(p.path("subjectKey").asText(), p.path("weight").asInt()));
        assertEquals(published.path("populationSize").asInt(), weights.size());
        List<String> redrawn = WeightedDraw.draw(published.path("seed").asText(), weights, 5).stream()
                .map(WeightedDraw.Ticket::subjectKey).toList();
        assertEquals(Json.texts(plan.path("drawn"), "subjectKey"), redrawn, "anyone can re-check the draw");
        assertEquals(WeightedDraw.populationDigest(weights), published.path("populationDigest").asText());

        JsonNode again = Json.parse(post("/api/inspections/plans", ServiceFixture.AUTHORITY_KEY, request).body());
        assertEquals(Json.texts(plan.path("drawn"), "subjectKey"), Json.texts(again.path("drawn"), "subjectKey"));
    }

    @Test
    void declaration_showsUnverifiedUntilAnAuthorityConfirms() {
        String declaration = "{\"category\":\"荣誉\",\"title\":\"南通市守合同重信用企业\",\"issuer\":\"南通市市场监督管理局\","
                + "\"date\":\"" + data.today.minusMonths(2) + "\"}";
        assertProblem(post("/api/declarations", ServiceFixture.BANK_KEY, declaration), 403, "forbidden-role");
        assertProblem(post("/api/declarations", ServiceFixture.ENTERPRISE_KEY, declaration.replace("荣誉", "广告")), 422, "invalid-field");
        HttpResponse<String> created = post("/api/declarations", ServiceFixture.ENTERPRISE_KEY, declaration);
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.parse(created.body()).path("id").asText();
        assertTrue(get("/api/declarations", ServiceFixture.AUTHORITY_KEY).body().contains(id), "in the reviewers' queue");
        assertEquals(200, get("/api/declarations/" + id, ServiceFixture.ENTERPRISE_KEY).statusCode());
        assertProblem(get("/api/declarations/" + id, ServiceFixture.OTHER_ENTERPRISE_KEY), 403, "not-your-declaration");
        JsonNode declared = file(data.jiafangCode).path("declarations").path(0);
        assertEquals("自主申报·未核实", declared.path("statusLabel").asText());
        assertProblem(post("/api/declarations/" + id + "/review", ServiceFixture.ENTERPRISE_KEY, "{\"decision\":\"CONFIRM\"}"), 403, "forbidden-role");
        assertEquals(200, post("/api/declarations/" + id + "/review", ServiceFixture.AUTHORITY_KEY, "{\"decision\":\"CONFIRM\"}").statusCode());
        assertEquals("自主申报·已核实", file(data.jiafangCode).path("declarations").path(0).path("statusLabel").asText());
    }
}
