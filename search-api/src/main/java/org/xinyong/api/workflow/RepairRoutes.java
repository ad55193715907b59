package org.xinyong.api.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.xinyong.api.http.Problem;
import org.xinyong.api.security.Caller;
import org.xinyong.api.security.Roles;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.core.model.Tier;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.core.workflow.Journal;
import org.xinyong.core.workflow.JournalEntry;

/**
 * 信用修复 online, under 《信用修复管理办法》: an enterprise applies to repair a penalty or list entry
 * of its own; the service checks eligibility (the minimum publicity period has passed, the
 * decision's obligations are met — declared with the application — and a repair commitment is
 * made, which is published as a 信用修复型 commitment) and explains a refusal with the date from
 * which it becomes eligible. The deciding authority approves or rejects with a reason; on approval
 * the record becomes REPAIRED: gone from every public view at once, kept for audit.
 */
public final class RepairRoutes {
    private final WorkflowContext wf;
    private final CommitmentRoutes commitments;

    RepairRoutes(WorkflowContext wf, CommitmentRoutes commitments) {
        this.wf = wf;
        this.commitments = commitments;
    }

    void mount(Router router) {
        router.post("/api/repairs").handler(this::handleApply);
        router.get("/api/repairs").handler(this::handleList);
        router.get("/api/repairs/:id").handler(this::handleGet);
        router.post("/api/repairs/:id/decision").handler(this::handleDecision);
    }

    private void handleApply(RoutingContext ctx) {
        Caller caller = Roles.require(ctx, Caller.Role.ENTERPRISE);
        String code = Roles.enterpriseCode(caller);
        Body body = Body.of(ctx, wf.backend().mapper());
        String recordId = body.required("recordId", "申请修复的记录编号", 64);
        String statement = body.required("obligationsStatement", "履行法定义务情况说明", 2000);
        boolean obligationsMet = body.bool("obligationsMet");
        boolean commitmentMade = body.bool("repairCommitment");
        String commitmentText = body.optional("commitmentContent", "信用修复承诺内容", 4000);
        wf.respond(ctx, 201, () -> {
            JsonNode record = wf.store().record(recordId).orElseThrow(() -> Problem.notFound("record-not-found",
                    "未找到该记录", "No record with id " + recordId + "."));
            if (!code.equals(record.path("subjectKey").asText())) {
                throw Problem.of(403, "not-your-record", "只能申请修复本单位的信用记录",
                        "This record is about another subject.");
            }
            RecordKind kind = RecordKind.valueOf(record.path("kind").asText());
            if (kind != RecordKind.PENALTY && kind != RecordKind.BLACK_LIST) {
                throw Problem.of(422, "not-repairable", "该类信息无需修复", "Only penalties and list entries are repaired.");
            }
            if (!RecordStatus.ACTIVE.name().equals(record.path("status").asText())) {
                throw Problem.of(409, "not-active", "该记录已不在公示中", "The record is already "
                        + record.path("status").asText().toLowerCase(java.util.Locale.ROOT) + ".");
            }
            if (!wf.store().find("REPAIR", Map.of("recordId", recordId, "status", "SUBMITTED"), 1).isEmpty()) {
                throw Problem.of(409, "already-applied", "该记录已有待审核的修复申请", "An application for this record is pending.");
            }
            Tier tier = record.hasNonNull("tier") ? Tier.valueOf(record.get("tier").asText()) : null;
            LocalDate decided = LocalDate.parse(record.path("decisionDate").asText());
            LocalDate eligibleFrom = PublicityRule.repairEligibleFrom(tier, decided);
            if (wf.today().isBefore(eligibleFrom)) {
                Problem p = Problem.of(422, "not-yet-eligible", "尚未满足最短公示期",
                        "Under 《信用修复管理办法》 this " + (tier == null ? "" : tier.label() + "失信") + "record may be repaired from "
                                + eligibleFrom + " (" + (tier == Tier.SERIOUS ? "1 year" : "3 months")
                                + " after the decision of " + decided + ").")
                        .with("eligibleFrom", eligibleFrom.toString());
                throw p;
            }
            if (!obligationsMet) {
                throw Body.invalid("obligationsMet", "申请信用修复须已纠正失信行为、履行法定义务（如缴清罚款）");
            }
            if (!commitmentMade) {
                throw Body.invalid("repairCommitment", "申请信用修复须作出信用修复承诺");
            }
            String subjectName = record.path("subjectName").asText();
            var commitment = commitments.submit(caller, code, new CommitmentRoutes.CommitmentForm(subjectName, "信用修复型",
                    "申请修复" + record.path("documentNumber").asText(record.path("title").asText()),
                    commitmentText != null ? commitmentText
                            : "本单位已纠正失信行为、履行相关义务，承诺所提交材料真实有效，今后依法诚信经营。",
                    "如违反承诺，自愿接受撤销修复决定、重新公示及依法依规作出的其他处理。", null,
                    record.path("authority").asText(), record.hasNonNull("authorityCode") ? record.get("authorityCode").asText() : null));
            ObjectNode application = wf.backend().mapper().createObjectNode();
            application.put("id", "XF" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(java.util.Locale.ROOT));
            application.put("type", "REPAIR").put("status", "SUBMITTED").put("subjectKey", code)
                    .put("subjectName", subjectName).put("recordId", recordId)
                    .put("documentNumber", record.path("documentNumber").asText(null))
                    .put("recordKind", kind.name()).put("authority", record.path("authority").asText())
                    .put("recordTitle", record.path("title").asText(null)).put("tier", record.path("tier").asText(null))
                    .put("decisionDate", decided.toString())
                    .put("obligationsStatement", statement).put("commitmentCode", commitment.documentNumber())
                    .put("eligibleFrom", eligibleFrom.toString()).put("createdAt", wf.now().toString())
                    .put("applicant", caller.id());
            wf.store().put(application);
            wf.audit().record("repair-apply", caller, Set.of(code), application.get("id").asText());
            return application;
        });
    }

    private void handleGet(RoutingContext ctx) {
        Caller caller = Roles.require(ctx, Caller.Role.ENTERPRISE, Caller.Role.AUTHORITY, Caller.Role.ADMIN);
        String id = ctx.pathParam("id");
        wf.respond(ctx, 200, () -> {
            ObjectNode application = application(id);
            checkMayRead(caller, application);
            return application;
        });
    }

    private void handleList(RoutingContext ctx) {
        Caller caller = Roles.require(ctx, Caller.Role.ENTERPRISE, Caller.Role.AUTHORITY, Caller.Role.ADMIN);
        String status = ctx.queryParams().get("status");
        wf.respond(ctx, 200, () -> {
            Map<String, String> terms = new java.util.HashMap<>();
            if (caller.role() == Caller.Role.ENTERPRISE) {
                terms.put("subjectKey", Roles.enterpriseCode(caller));
            } else if (caller.role() == Caller.Role.AUTHORITY) {
                terms.put("authority", caller.binding().orElse(""));
            }
            if (status != null && List.of("SUBMITTED", "APPROVED", "REJECTED").contains(status)) {
                terms.put("status", status);
            }
            ObjectNode out = wf.backend().mapper().createObjectNode();
            out.putArray("applications").addAll(wf.store().find("REPAIR", terms, 200));
            return out;
        });
    }

    private void handleDecision(RoutingContext ctx) {
        Caller caller = Roles.require(ctx, Caller.Role.AUTHORITY);
        String id = ctx.pathParam("id");
        Body body = Body.of(ctx, wf.backend().mapper());
        String decision = body.oneOf("decision", "审核结论", List.of("APPROVE", "REJECT"));
        String reason = body.optional("reason", "审核意见", 2000);
        if (decision.equals("REJECT") && reason == null) {
            throw Body.invalid("reason", "不予修复时须说明理由");
        }
        wf.respond(ctx, 200, () -> {
            ObjectNode application = application(id);
            if (!caller.binding().orElse("").equals(application.path("authority").asText())) {
                throw Problem.of(403, "not-your-department", "只有作出决定的机关可以审核该申请",
                        "This application concerns a decision of another authority.");
            }
            if (!"SUBMITTED".equals(application.path("status").asText())) {
                throw Problem.of(409, "already-decided", "该申请已审核", "The application was already decided.");
            }
            if (decision.equals("APPROVE")) {
                wf.journal(new JournalEntry(Journal.newId(wf.now()), JournalEntry.Type.UPDATE,
                        application.path("recordId").asText(), null, null,
                        Map.of("status", RecordStatus.REPAIRED.name(), "statusDate", wf.today().toString()),
                        wf.now(), caller.id(), "信用修复申请 " + id + " 审核通过"));
            }
            application.put("status", decision.equals("APPROVE") ? "APPROVED" : "REJECTED");
            application.put("decidedAt", wf.now().toString()).put("decidedBy", caller.id());
            if (reason != null) {
                application.put("reason", reason);
            }
            wf.store().put(application);
            wf.audit().record("repair-" + decision.toLowerCase(java.util.Locale.ROOT), caller,
                    Set.of(application.path("subjectKey").asText()), id);
            return application;
        });
    }

    private static void checkMayRead(Caller caller, JsonNode application) {
        boolean own = caller.role() == Caller.Role.ENTERPRISE
                && caller.binding().orElse("").equals(application.path("subjectKey").asText());
        boolean reviewer = caller.role() == Caller.Role.AUTHORITY
                && caller.binding().orElse("").equals(application.path("authority").asText());
        if (!own && !reviewer && caller.role() != Caller.Role.ADMIN) {
            throw Problem.of(403, "not-your-application", "无权查看该申请", "The application belongs to someone else.");
        }
    }

    private ObjectNode application(String id) {
        return wf.store().get("REPAIR", id)
                .orElseThrow(() -> Problem.notFound("application-not-found", "未找到该修复申请", "No application " + id + "."));
    }
}
