package org.xinyong.api.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.xinyong.api.http.Problem;
import org.xinyong.api.security.Caller;
import org.xinyong.api.security.Roles;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.es.StableIds;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.NaturalKeys;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Subject;
import org.xinyong.core.model.SubjectType;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.core.publicity.PublicityWindow;
import org.xinyong.core.text.Names;
import org.xinyong.core.workflow.Journal;
import org.xinyong.core.workflow.JournalEntry;

/**
 * 信用承诺 online: an enterprise makes a commitment with the national template's fields, and it is
 * published on its credit file and searchable at once; the accepting authority later records its
 * fulfilment (全部履行 / 部分履行 / 全部未履行), and a broken commitment shows as such.
 */
public final class CommitmentRoutes {
    static final List<String> TYPES = List.of("审批替代型", "容缺受理型", "证明事项型", "信用修复型", "行业自律型", "主动型", "其他");
    static final List<String> FULFILMENT = List.of("全部履行", "部分履行", "全部未履行");

    private final WorkflowContext wf;

    CommitmentRoutes(WorkflowContext wf) {
        this.wf = wf;
    }

    void mount(Router router) {
        router.post("/api/commitments").handler(this::handleSubmit);
        router.post("/api/commitments/:code/fulfilment").handler(this::handleFulfilment);
        router.get("/api/commitments").handler(this::handleList);
    }

    /**
     * An authority's commitments awaiting a fulfilment decision (those it accepted), or an
     * enterprise's own commitments.
     */
    private void handleList(RoutingContext ctx) {
        Caller caller = Roles.require(ctx, Caller.Role.ENTERPRISE, Caller.Role.AUTHORITY);
        wf.respond(ctx, 200, () -> {
            List<JsonNode> found = caller.role() == Caller.Role.AUTHORITY
                    ? wf.store().commitments("authority", caller.binding().orElse(""), true)
                    : wf.store().commitments("subjectKey", Roles.enterpriseCode(caller), false);
            ObjectNode out = wf.backend().mapper().createObjectNode();
            var array = out.putArray("commitments");
            for (JsonNode r : found) {
                ObjectNode c = array.addObject();
                for (String field : List.of("id", "documentNumber", "subjectKey", "subjectName", "category", "title",
                        "decisionDate", "validTo", "authority", "fulfilment", "status")) {
                    if (r.hasNonNull(field)) {
                        c.set(field, r.get(field));
                    }
                }
            }
            return out;
        });
    }

    private void handleSubmit(RoutingContext ctx) {
        Caller caller = Roles.require(ctx, Caller.Role.ENTERPRISE);
        String code = Roles.enterpriseCode(caller);
        Body body = Body.of(ctx, wf.backend().mapper());
        CommitmentForm form = new CommitmentForm(
                body.required("subjectName", "承诺人名称", 200),
                body.oneOf("commitmentType", "承诺类型", TYPES),
                body.optional("reason", "承诺事由", 512),
                body.required("content", "承诺内容", 4000),
                body.required("liability", "违诺责任", 4000),
                body.date("validUntil", "承诺有效期", false),
                body.required("acceptingUnit", "承诺受理单位", 200),
                body.optional("acceptingUnitCode", "受理单位代码", 18));
        wf.respond(ctx, 201, () -> {
            CreditRecord record = submit(caller, code, form);
            audit(caller, code, "commitment", record.documentNumber());
            ObjectNode out = wf.backend().mapper().createObjectNode();
            out.put("commitmentCode", record.documentNumber()).put("recordId", record.id())
                    .put("status", "PUBLISHED").put("publicityEnd", String.valueOf(record.publicityEnd()));
            return out;
        });
    }

    /** The 信用承诺 template's fields as submitted. */
    record CommitmentForm(String subjectName, String type, String reason, String content, String liability,
                          LocalDate validUntil, String acceptingUnit, String acceptingUnitCode) {
    }

    /** Publishes a commitment of {@code code}'s enterprise; also used by repair applications. */
    CreditRecord submit(Caller caller, String code, CommitmentForm form) {
        LocalDate today = wf.today();
        if (form.validUntil() != null && form.validUntil().isBefore(today)) {
            throw Body.invalid("validUntil", "承诺有效期不能早于今天");
        }
        if (form.acceptingUnitCode() != null && CreditCode.tryParse(form.acceptingUnitCode()).isEmpty()) {
            throw Body.invalid("acceptingUnitCode", "受理单位代码不是有效的统一社会信用代码");
        }
        JsonNode known = wf.store().subject(code).orElse(null);
        if (known != null && !Names.normalize(known.path("name").asText()).equals(Names.normalize(form.subjectName()))) {
            throw Body.invalid("subjectName", "承诺人名称与该代码登记的名称（" + known.path("name").asText() + "）不一致");
        }
        String number = code.substring(2, 8) + today.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        PublicityWindow window = PublicityRule.window(RecordKind.COMMITMENT, null, today, null, form.validUntil());
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("违诺责任", form.liability());
        extra.put("承诺受理单位", form.acceptingUnit());
        extra.put("公开类型", "可向社会公开");
        extra.put("来源", "在线承诺");
        CreditRecord draft = CreditRecord.builder(RecordKind.COMMITMENT)
                .source("online").subjectKey(code).subjectName(form.subjectName()).subjectType(SubjectType.LEGAL_PERSON)
                .creditCode(code).region(code.substring(2, 8)).documentNumber(number).category(form.type())
                .title(form.reason() != null ? form.reason() : form.type() + "信用承诺").content(form.content())
                .decisionDate(today).validTo(form.validUntil()).authority(form.acceptingUnit())
                .authorityCode(form.acceptingUnitCode()).sourceDepartment("在线信用承诺")
                .publicityStart(window.start()).publicityEnd(window.end()).extra(extra)
                .contentHash(StableIds.of(number, form.content())).updatedAt(wf.now())
                .build();
        List<String> key = NaturalKeys.of(draft);
        CreditRecord record = draft.toBuilder().id(NaturalKeys.id(key)).sourceKey(NaturalKeys.sourceKey(key)).build();
        Subject subject = new Subject(code, SubjectType.LEGAL_PERSON, form.subjectName(), List.of(),
                Names.coreName(form.subjectName()), code, null, null, null, code.substring(2, 8), null, null, null, null, wf.now());
        wf.journal(new JournalEntry(Journal.newId(wf.now()), JournalEntry.Type.ADD, record.id(), record, subject, null,
                wf.now(), caller.id(), "online commitment"));
        return record;
    }

    private void handleFulfilment(RoutingContext ctx) {
        Caller caller = Roles.require(ctx, Caller.Role.AUTHORITY);
        String number = ctx.pathParam("code");
        Body body = Body.of(ctx, wf.backend().mapper());
        String status = body.oneOf("fulfilment", "承诺履行状态", FULFILMENT);
        LocalDate date = body.date("date", "履行状态认定日期", true);
        String unfulfilled = body.optional("unfulfilled", "未履行的承诺内容", 4000);
        if (!status.equals("全部履行") && unfulfilled == null) {
            throw Body.invalid("unfulfilled", "承诺履行状态为“" + status + "”时，未履行的承诺内容为必填项");
        }
        wf.respond(ctx, 200, () -> {
            String recordId = NaturalKeys.id(List.of(RecordKind.COMMITMENT.name(), Names.normalize(number)));
            JsonNode record = wf.store().record(recordId).orElseThrow(() -> Problem.notFound("commitment-not-found",
                    "未找到该信用承诺", "No commitment with code " + number + "."));
            String authority = caller.binding().orElse("");
            if (!authority.equals(record.path("authority").asText())) {
                throw Problem.of(403, "not-your-department", "只有承诺受理单位可以认定履行状态",
                        "This commitment was accepted by another unit.");
            }
            if (date.isAfter(wf.today())) {
                throw Body.invalid("date", "认定日期不能晚于今天");
            }
            wf.journal(new JournalEntry(org.xinyong.core.workflow.Journal.newId(wf.now()), JournalEntry.Type.UPDATE,
                    recordId, null, null, Map.of("fulfilment", status), wf.now(), caller.id(),
                    unfulfilled == null ? "履行认定 " + date : "履行认定 " + date + "：" + unfulfilled));
            audit(caller, record.path("subjectKey").asText(), "fulfilment", number + " " + status);
            ObjectNode out = wf.backend().mapper().createObjectNode();
            out.put("commitmentCode", number).put("fulfilment", status).put("date", date.toString());
            return out;
        });
    }

    private void audit(Caller caller, String subject, String action, String detail) {
        wf.audit().record(action, caller, Set.of(subject), detail);
    }
}
