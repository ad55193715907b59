package org.xinyong.api.reports;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xinyong.api.Backend;
import org.xinyong.api.es.CutShortAnswers;
import org.xinyong.api.http.InFlightLimit;
import org.xinyong.api.http.Problem;
import org.xinyong.api.security.AuditLog;
import org.xinyong.api.security.Caller;
import org.xinyong.api.security.CallerHandler;
import org.xinyong.api.support.Async;
import org.xinyong.api.support.FreshnessWatcher;
import org.xinyong.api.support.PublicPersons;
import org.xinyong.api.support.Responses;
import org.xinyong.api.support.SubjectKeys;
import org.xinyong.core.es.Visibility;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.Subject;
import org.xinyong.report.ReportNumbers;
import org.xinyong.report.sign.VerificationResult;

/**
 * Reports: {@code GET /api/subjects/{key}/report.pdf} issues a signed report (rendered and signed on
 * the report workers, registered before it is returned); {@code GET /api/reports/{number}} answers
 * the registration; {@code POST /api/reports/verify} checks a PDF's signature and registration.
 */
public final class ReportRoutes {
    /** A 500-record report is about 2 MB; 20 MB bounds what a verification upload can cost. */
    static final long VERIFY_BODY_LIMIT = 20L << 20;
    /**
     * Verifications at once, their uploads included: at most 80 MB of PDFs held, and as many as the
     * report workers can parse without a queue behind them.
     */
    static final int VERIFICATIONS_AT_ONCE = 4;
    /** One client's at once: four slow uploads of one client held every slot. */
    static final int VERIFICATIONS_PER_CLIENT = 1;
    /** A 20 MB report at 2.7 Mbit/s, a 2 MB one at 0.3 Mbit/s; a slower upload is ended (408). */
    static final long VERIFY_UPLOAD_MILLIS = 60_000;
    private static final int PAGE = 2_000;

    private final Backend backend;
    private final ReportService reports;
    private final FreshnessWatcher freshness;
    private final AuditLog audit;
    private final WorkerExecutor workers;

    public ReportRoutes(Backend backend, ReportService reports, FreshnessWatcher freshness, AuditLog audit,
                        WorkerExecutor workers) {
        this.backend = backend;
        this.reports = reports;
        this.freshness = freshness;
        this.audit = audit;
        this.workers = workers;
    }

    public void mountBodyHandler(Router router) {
        router.post("/api/reports/verify")
                .handler(new InFlightLimit(VERIFICATIONS_AT_ONCE, VERIFICATIONS_PER_CLIENT, VERIFY_UPLOAD_MILLIS,
                        CallerHandler::client, "verify-busy", "报告核验繁忙"))
                .handler(BodyHandler.create(false).setBodyLimit(VERIFY_BODY_LIMIT));
    }

    public void mount(Router router) {
        router.get("/api/subjects/:key/report.pdf").handler(this::handleIssue);
        router.post("/api/reports/verify").handler(this::handleVerify);
        router.get("/api/reports/:number").handler(this::handleRegistration);
    }

    private void handleIssue(RoutingContext ctx) {
        String key = SubjectKeys.parse(ctx.pathParam("key"));
        Caller caller = CallerHandler.of(ctx);
        Future<GetResponse<Subject>> subject = Async.es(backend.metrics(), "get", backend.async()
                .get(g -> g.index(backend.names().subjects()).id(key), Subject.class));
        Future<List<CreditRecord>> records = publicRecords(key, new ArrayList<>(), null);
        Future.all(subject, records).compose(all -> {
            // a natural person without a public record is not shown (PublicPersons): no report either
            if (!subject.result().found() || !PublicPersons.mayShow(String.valueOf(subject.result().source().type()),
                    records.result().size())) {
                return Future.failedFuture(SubjectKeys.notFound(key));
            }
            return workers.executeBlocking(() -> reports.issue(subject.result().source(), records.result(),
                    freshness.dataAsOf(), caller.toString()), false);
        }).compose(issued -> Async.onContext(audit.record("report", caller, Set.of(key), issued.registration().number()))
                // audited, then registered, then handed out: refused (503) when the audit line
                // cannot be written, and then not registered either (a registered report nobody
                // audited would read as one handed out untraced)
                .compose(written -> workers.executeBlocking(() -> {
                    ReportRegistry.register(backend.es(), backend.names(), issued.registration());
                    return issued;
                }, false))
                // a line written too late, or a registration that failed after the line: the
                // report was not handed out, and a line after it says so
                .onFailure(refused -> audit.withheld("report", caller, Set.of(key), issued.registration().number()))
        ).onSuccess(Async.guarded(ctx, issued -> {
            String name = issued.registration().subjectName() + "-信用报告-" + issued.registration().number() + ".pdf";
            ctx.response().putHeader("Content-Type", "application/pdf")
                    .putHeader("Content-Disposition", "attachment; filename=\"credit-report-"
                            + issued.registration().number() + ".pdf\"; filename*=UTF-8''"
                            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                    .putHeader("Cache-Control", "no-store")
                    .putHeader("X-Report-Number", issued.registration().number())
                    .end(Buffer.buffer(issued.pdf()));
        })).onFailure(ctx::fail);
    }

    /** Every public record of the subject, in pages, sorted so the paging is stable. */
    private Future<List<CreditRecord>> publicRecords(String key, List<CreditRecord> into, List<FieldValue> after) {
        return Async.es(backend.metrics(), "search", backend.async().search(s -> {
            s.index(backend.names().records()).size(PAGE)
                    .query(q -> q.bool(b -> b.filter(Visibility.publicOnly())
                            .filter(f -> f.term(t -> t.field("subjectKey").value(key)))))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (after != null) {
                s.searchAfter(after);
            }
            return s;
        }, CreditRecord.class)).compose((SearchResponse<CreditRecord> response) -> {
            // a report signed with records missing would be a signed falsehood
            List<Hit<CreditRecord>> hits = CutShortAnswers.whole(response).hits().hits();
            hits.forEach(h -> into.add(h.source()));
            return hits.size() == PAGE ? publicRecords(key, into, hits.get(hits.size() - 1).sort()) : Future.succeededFuture(into);
        });
    }

    private void handleRegistration(RoutingContext ctx) {
        String number = ctx.pathParam("number");
        if (!ReportNumbers.isValid(number)) {
            throw Problem.badRequest("invalid-report-number", "报告编号格式错误",
                    "A report number is 14 digits of time followed by 8 letters or digits.");
        }
        Async.es(backend.metrics(), "get", backend.async().get(g -> g.index(backend.names().reports()).id(number),
                        ReportRegistry.Registration.class))
                .onSuccess(Async.guarded(ctx, response -> {
                    if (!response.found()) {
                        throw Problem.notFound("report-not-found", "未找到该报告", "No report with number " + number + " was issued here.");
                    }
                    ReportRegistry.Registration r = response.source();
                    ObjectNode body = backend.mapper().createObjectNode();
                    body.put("number", r.number()).put("subjectKey", r.subjectKey()).put("subjectName", r.subjectName())
                            .put("generatedAt", r.generatedAt().toString()).put("sha256", r.sha256());
                    Responses.json(ctx, backend.mapper(), body);
                })).onFailure(ctx::fail);
    }

    private void handleVerify(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0) {
            throw Problem.badRequest("empty-body", "请上传报告PDF文件", "Send the PDF as the request body (application/pdf).");
        }
        byte[] bytes = body.getBytes();
        Future<VerificationResult> verified = workers.executeBlocking(() -> reports.verify(bytes), false);
        // the slot held until the PDF is parsed, even if its client has gone
        InFlightLimit.holdUntil(ctx, verified);
        verified.compose(result -> {
            if (!result.pdf()) {
                return Future.succeededFuture(verdict(result, null));
            }
            return Async.es(backend.metrics(), "search", backend.async().search(s -> s
                            .index(backend.names().reports()).size(1)
                            .query(q -> q.bool(b -> b
                                    .should(sh -> sh.term(t -> t.field("sha256").value(result.sha256())))
                                    .should(sh -> sh.term(t -> t.field("number").value(
                                            result.reportNumber() == null ? "" : result.reportNumber())))
                                    .minimumShouldMatch("1"))),
                    ReportRegistry.Registration.class))
                    .map(found -> verdict(result, found.hits().hits().isEmpty() ? null : found.hits().hits().get(0).source()));
        }).onSuccess(Async.guarded(ctx, verdict -> Responses.json(ctx, backend.mapper(), verdict))).onFailure(ctx::fail);
    }

    /**
     * GENUINE: our intact signature over bytes whose hash we registered. ALTERED: a report we issued
     * (by number) or signed, whose bytes or signature no longer match. UNKNOWN: a PDF we cannot tie
     * to an issued report. NOT_A_PDF: not a PDF at all.
     */
    private ObjectNode verdict(VerificationResult result, ReportRegistry.Registration registered) {
        ObjectNode body = backend.mapper().createObjectNode();
        String verdict;
        boolean hashRegistered = registered != null && registered.sha256().equals(result.sha256());
        if (!result.pdf()) {
            verdict = "NOT_A_PDF";
        } else if (hashRegistered && result.valid()) {
            verdict = "GENUINE";
        } else if (registered != null || result.signed() && result.ours()) {
            verdict = "ALTERED";
        } else {
            verdict = "UNKNOWN";
        }
        body.put("verdict", verdict);
        body.put("registered", hashRegistered);
        if (registered != null) {
            body.put("number", registered.number()).put("subjectKey", registered.subjectKey())
                    .put("subjectName", registered.subjectName()).put("generatedAt", registered.generatedAt().toString());
        }
        body.putObject("signature").put("present", result.signed()).put("intact", result.intact()).put("ours", result.ours());
        body.put("sha256", result.sha256());
        body.put("detail", result.detail());
        return body;
    }
}
