package org.xinyong.api.inspections;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.xinyong.api.Backend;
import org.xinyong.api.grades.SubjectRecords;
import org.xinyong.api.http.Problem;
import org.xinyong.api.security.AuditLog;
import org.xinyong.api.security.Caller;
import org.xinyong.api.security.Roles;
import org.xinyong.api.support.Async;
import org.xinyong.api.support.Responses;
import org.xinyong.core.grade.GradeFeatures;
import org.xinyong.core.grade.GradeModel;
import org.xinyong.core.inspection.WeightedDraw;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.publicity.PublicityRule;

/**
 * 双随机一公开 plans: an authority asks for N subjects from a filter (region, industry word); the
 * draw weighs each subject by its grade (D eight times A) and is reproducible from the published
 * seed: the plan publishes the seed, the algorithm, the population (keys and weights) and its digest.
 */
public final class PlanRoutes {
    static final int MAX_POPULATION = 20_000;
    static final int MAX_SIZE = 500;

    private final Backend backend;
    private final WorkerExecutor workers;
    private final AuditLog audit;

    public PlanRoutes(Backend backend, WorkerExecutor workers, AuditLog audit) {
        this.backend = backend;
        this.workers = workers;
        this.audit = audit;
    }

    public void mount(Router router) {
        router.post("/api/inspections/plans").handler(this::handleCreate);
        router.get("/api/inspections/plans/:id").handler(this::handleGet);
    }

    private void handleCreate(RoutingContext ctx) {
        Caller caller = Roles.require(ctx, Caller.Role.AUTHORITY);
        JsonNode body = json(ctx);
        String name = text(body, "name", "计划名称", 200, true);
        String region = text(body, "region", "行政区划", 6, false);
        String industry = text(body, "industry", "行业关键词", 20, false);
        String seed = text(body, "seed", "随机种子", 64, false);
        int size = body.path("size").asInt(0);
        if (size < 1 || size > MAX_SIZE) {
            throw Problem.of(422, "invalid-field", "抽取数量应在1到" + MAX_SIZE + "之间", "Field 'size' must be 1.." + MAX_SIZE + ".")
                    .with("field", "size");
        }
        if (region != null && !region.matches("\\d{6}")) {
            throw Problem.of(422, "invalid-field", "行政区划代码应为6位数字", "Field 'region' takes a 6-digit division code.")
                    .with("field", "region");
        }
        String finalSeed = seed != null ? seed : HexFormat.of().formatHex(randomBytes());
        workers.executeBlocking(() -> create(caller, name, region, industry, size, finalSeed), false)
                .onSuccess(Async.guarded(ctx, plan -> Responses.json(ctx, backend.mapper(), 201, publicView(plan, false))))
                .onFailure(ctx::fail);
    }

    private ObjectNode create(Caller caller, String name, String region, String industry, int size, String seed) throws IOException {
        Map<String, String> names = population(region, industry);
        if (names.size() > MAX_POPULATION) {
            throw Problem.of(422, "population-too-large", "抽查对象范围过大",
                    names.size() + " subjects match; narrow the filter to at most " + MAX_POPULATION + ".");
        }
        Map<String, List<CreditRecord>> records = SubjectRecords.publicRecords(backend.es().client(), backend.names(),
                new ArrayList<>(names.keySet()));
        var today = PublicityRule.today(backend.clock());
        TreeMap<String, Integer> weights = new TreeMap<>();
        Map<String, String> grades = new HashMap<>();
        names.keySet().forEach(key -> {
            String grade = GradeModel.grade(GradeFeatures.of(records.getOrDefault(key, List.of()), today)).letter();
            grades.put(key, grade);
            weights.put(key, GradeModel.inspectionWeight(grade));
        });
        List<WeightedDraw.Ticket> drawn = WeightedDraw.draw(seed, weights, size);
        ObjectNode plan = backend.mapper().createObjectNode();
        String id = "SJJH" + ZonedDateTime.now(backend.clock().withZone(PublicityRule.ZONE)).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        plan.put("id", id).put("type", "INSPECTION_PLAN").put("status", "PUBLISHED").put("name", name)
                .put("authority", caller.binding().orElse(caller.id())).put("createdAt", backend.clock().instant().toString());
        ObjectNode filter = plan.putObject("filter");
        if (region != null) {
            filter.put("region", region);
        }
        if (industry != null) {
            filter.put("industry", industry);
        }
        plan.put("seed", seed).put("algorithm", WeightedDraw.ALGORITHM).put("gradeModel", GradeModel.VERSION)
                .put("weights", "A=1 B=2 C=4 D=8").put("size", size).put("populationSize", names.size())
                .put("populationDigest", WeightedDraw.populationDigest(weights));
        ArrayNode out = plan.putArray("drawn");
        for (WeightedDraw.Ticket t : drawn) {
            out.addObject().put("subjectKey", t.subjectKey()).put("name", names.get(t.subjectKey()))
                    .put("grade", grades.get(t.subjectKey())).put("weight", t.weight());
        }
        ArrayNode population = plan.putArray("population");
        weights.forEach((key, weight) -> population.addObject().put("subjectKey", key).put("weight", weight));
        backend.es().client().index(i -> i.index(backend.names().workflow()).id(id).document(plan).refresh(Refresh.WaitFor));
        audit.record("inspection-plan", caller, drawn.stream().map(WeightedDraw.Ticket::subjectKey).toList(), id);
        return plan;
    }

    /** Enterprises and individual businesses in the region whose name has the industry word. */
    private Map<String, String> population(String region, String industry) throws IOException {
        Map<String, String> out = new HashMap<>();
        List<FieldValue> after = null;
        while (out.size() <= MAX_POPULATION) {
            List<FieldValue> cursor = after;
            SearchResponse<JsonNode> page = backend.es().client().search(s -> {
                s.index(backend.names().subjects()).size(5_000).source(src -> src.filter(f -> f.includes("key", "name")))
                        .query(q -> q.bool(b -> {
                            b.filter(f -> f.terms(t -> t.field("type").terms(v -> v.value(List.of(
                                    FieldValue.of("LEGAL_PERSON"), FieldValue.of("INDIVIDUAL_BUSINESS"))))));
                            if (region != null) {
                                b.filter(f -> f.term(t -> t.field("region").value(region)));
                            }
                            if (industry != null) {
                                b.filter(f -> f.matchPhrase(m -> m.field("name").query(industry)));
                            }
                            return b;
                        }))
                        .sort(o -> o.field(f -> f.field("key").order(SortOrder.Asc)));
                if (cursor != null) {
                    s.searchAfter(cursor);
                }
                return s;
            }, JsonNode.class);
            List<Hit<JsonNode>> hits = page.hits().hits();
            hits.forEach(h -> out.put(h.source().path("key").asText(), h.source().path("name").asText()));
            if (hits.size() < 5_000) {
                break;
            }
            after = hits.get(hits.size() - 1).sort();
        }
        return out;
    }

    private void handleGet(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("SJJH\\d{18}")) {
            throw Problem.badRequest("invalid-plan-id", "抽查计划编号格式错误", "Plan ids look like SJJH + 18 digits.");
        }
        boolean withPopulation = "1".equals(ctx.queryParams().get("population"));
        Async.es(backend.metrics(), "get", backend.async().get(g -> g.index(backend.names().workflow()).id(id), ObjectNode.class))
                .onSuccess(Async.guarded(ctx, (GetResponse<ObjectNode> r) -> {
                    if (!r.found() || !"INSPECTION_PLAN".equals(r.source().path("type").asText())) {
                        throw Problem.notFound("plan-not-found", "未找到该抽查计划", "No plan " + id + ".");
                    }
                    Responses.json(ctx, backend.mapper(), publicView(r.source(), withPopulation));
                })).onFailure(ctx::fail);
    }

    private static ObjectNode publicView(ObjectNode plan, boolean withPopulation) {
        ObjectNode view = plan.deepCopy();
        view.remove("type");
        if (!withPopulation) {
            view.remove("population");
        }
        return view;
    }

    private JsonNode json(RoutingContext ctx) {
        Buffer buffer = ctx.body().buffer();
        try {
            JsonNode node = buffer == null ? null : backend.mapper().readTree(buffer.getBytes());
            if (node == null || !node.isObject()) {
                throw new IOException();
            }
            return node;
        } catch (IOException e) {
            throw Problem.badRequest("bad-json", "JSON 格式错误", "The body must be a JSON object.");
        }
    }

    private static String text(JsonNode body, String field, String label, int max, boolean required) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                throw Problem.of(422, "invalid-field", label + "为必填项", "Field '" + field + "' is required.").with("field", field);
            }
            return null;
        }
        String text = v.asText().strip();
        if (text.length() > max) {
            throw Problem.of(422, "invalid-field", label + "不能超过" + max + "个字符",
                    "Field '" + field + "' has at most " + max + " characters.").with("field", field);
        }
        return text;
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[8];
        new java.security.SecureRandom().nextBytes(b);
        return b;
    }
}
