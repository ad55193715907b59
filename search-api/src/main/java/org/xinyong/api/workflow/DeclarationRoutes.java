package org.xinyong.api.workflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.xinyong.api.http.Problem;
import org.xinyong.api.security.Caller;
import org.xinyong.api.security.Roles;

/**
 * 自主申报: an enterprise declares honours, certifications or social contributions; they show on
 * its file marked as self-declared and unverified until an authority confirms (or rejects, and
 * then they are no longer shown).
 */
public final class DeclarationRoutes {
    static final List<String> CATEGORIES = List.of("荣誉", "资质认证", "社会贡献", "其他");
    static final List<String> STATUSES = List.of("UNVERIFIED", "CONFIRMED", "REJECTED");

    private final WorkflowContext wf;

    DeclarationRoutes(WorkflowContext wf) {
        this.wf = wf;
    }

    void mount(Router router) {
        router.post("/api/declarations").handler(this::handleDeclare);
        router.post("/api/declarations/:id/review").handler(this::handleReview);
        router.get("/api/declarations").handler(this::handleList);
        router.get("/api/declarations/:id").handler(this::handleGet);
    }

    /** An authority's queue (any status, UNVERIFIED by default), or an enterprise's own declarations. */
    private void handleList(RoutingContext ctx) {
        Caller caller = Roles.require(ctx, Caller.Role.ENTERPRISE, Caller.Role.AUTHORITY, Caller.Role.ADMIN);
        String status = ctx.queryParams().get("status");
        wf.respond(ctx, 200, () -> {
            java.util.Map<String, String> terms = new java.util.HashMap<>();
            if (caller.role() == Caller.Role.ENTERPRISE) {
                terms.put("subjectKey", Roles.enterpriseCode(caller));
                if (status != null && STATUSES.contains(status)) {
                    terms.put("status", status);
                }
            } else {
                terms.put("status", status != null && STATUSES.contains(status) ? status : "UNVERIFIED");
            }
            ObjectNode out = wf.backend().mapper().createObjectNode();
            out.putArray("declarations").addAll(wf.store().find("DECLARATION", terms, 200));
            return out;
        });
    }

    private void handleGet(RoutingContext ctx) {
        Caller caller = Roles.require(ctx, Caller.Role.ENTERPRISE, Caller.Role.AUTHORITY, Caller.Role.ADMIN);
        String id = ctx.pathParam("id");
        wf.respond(ctx, 200, () -> {
            ObjectNode d = declaration(id);
            if (caller.role() == Caller.Role.ENTERPRISE && !caller.binding().orElse("").equals(d.path("subjectKey").asText())) {
                throw Problem.of(403, "not-your-declaration", "无权查看该申报", "The declaration belongs to another subject.");
            }
            return d;
        });
    }

    private void handleDeclare(RoutingContext ctx) {
        Caller caller = Roles.require(ctx, Caller.Role.ENTERPRISE);
        String code = Roles.enterpriseCode(caller);
        Body body = Body.of(ctx, wf.backend().mapper());
        String category = body.oneOf("category", "申报类别", CATEGORIES);
        String title = body.required("title", "名称", 200);
        String issuer = body.optional("issuer", "颁发/认定单位", 200);
        LocalDate date = body.date("date", "取得日期", true);
        String description = body.optional("description", "说明", 2000);
        if (date.isAfter(wf.today())) {
            throw Body.invalid("date", "取得日期不能晚于今天");
        }
        wf.respond(ctx, 201, () -> {
            if (wf.store().subject(code).isEmpty()) {
                throw Problem.notFound("subject-not-found", "本平台尚无该主体的信用档案",
                        "Declarations attach to an existing credit file.");
            }
            ObjectNode d = wf.backend().mapper().createObjectNode();
            d.put("id", "ZZ" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(java.util.Locale.ROOT));
            d.put("type", "DECLARATION").put("status", "UNVERIFIED").put("subjectKey", code).put("category", category)
                    .put("title", title).put("date", date.toString()).put("createdAt", wf.now().toString());
            if (issuer != null) {
                d.put("issuer", issuer);
            }
            if (description != null) {
                d.put("description", description);
            }
            wf.store().put(d);
            wf.dataChanged();
            wf.audit().record("declaration", caller, Set.of(code), d.get("id").asText());
            return d;
        });
    }

    private void handleReview(RoutingContext ctx) {
        Caller caller = Roles.require(ctx, Caller.Role.AUTHORITY);
        String id = ctx.pathParam("id");
        Body body = Body.of(ctx, wf.backend().mapper());
        String decision = body.oneOf("decision", "核实结论", List.of("CONFIRM", "REJECT"));
        String reason = body.optional("reason", "核实意见", 2000);
        wf.respond(ctx, 200, () -> {
            ObjectNode d = declaration(id);
            if (!"UNVERIFIED".equals(d.path("status").asText())) {
                throw Problem.of(409, "already-reviewed", "该申报已核实", "The declaration was already reviewed.");
            }
            d.put("status", decision.equals("CONFIRM") ? "CONFIRMED" : "REJECTED");
            d.put("reviewedBy", caller.binding().orElse(caller.id())).put("reviewedAt", wf.now().toString());
            if (reason != null) {
                d.put("reason", reason);
            }
            wf.store().put(d);
            wf.dataChanged();
            wf.audit().record("declaration-" + decision.toLowerCase(java.util.Locale.ROOT), caller,
                    Set.of(d.path("subjectKey").asText()), id);
            return d;
        });
    }

    private ObjectNode declaration(String id) {
        return wf.store().get("DECLARATION", id)
                .orElseThrow(() -> Problem.notFound("declaration-not-found", "未找到该申报", "No declaration " + id + "."));
    }
}
