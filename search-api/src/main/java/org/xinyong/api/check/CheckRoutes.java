package org.xinyong.api.check;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.xinyong.api.ApiSettings;
import org.xinyong.api.Backend;
import org.xinyong.api.security.AuditLog;
import org.xinyong.api.security.Caller;
import org.xinyong.api.security.CallerHandler;
import org.xinyong.api.support.Async;
import org.xinyong.api.support.Responses;

/**
 * {@code POST /api/check}: counterparty checks for banks and bidders. A bank's key may send up to
 * the configured maximum (10,000); any other caller a handful (20). Every check is audited before
 * it is answered.
 */
public final class CheckRoutes {
    private final Backend backend;
    private final ApiSettings settings;
    private final AuditLog audit;
    private final CheckService service;

    public CheckRoutes(Backend backend, ApiSettings settings, AuditLog audit) {
        this.backend = backend;
        this.settings = settings;
        this.audit = audit;
        this.service = new CheckService(backend);
    }

    /**
     * Mounted before the general body handler: a bank's bodies are larger (thousands of
     * counterparties, 8 MB); any other caller checks a handful, and its body is held to the general
     * limit (64 KB), not buffered up to a bank's size only to be refused for its count.
     */
    public void mountBodyHandler(Router router) {
        BodyHandler batches = BodyHandler.create(false).setBodyLimit(settings.checkBodyLimitBytes());
        BodyHandler handfuls = BodyHandler.create(false).setBodyLimit(settings.bodyLimitBytes());
        router.post("/api/check").handler(ctx ->
                (CallerHandler.of(ctx).role() == Caller.Role.BANK ? batches : handfuls).handle(ctx));
    }

    public void mount(Router router) {
        router.post("/api/check").handler(this::handleCheck);
    }

    private void handleCheck(RoutingContext ctx) {
        Caller caller = CallerHandler.of(ctx);
        // thousands of counterparties a request are a bank's (docs/api.md); any other caller checks a handful
        int max = caller.role() == Caller.Role.BANK ? settings.checkMaxEntries() : settings.checkAnonymousMaxEntries();
        Buffer body = ctx.body().buffer();
        CheckInput.Parsed input = CheckInput.parse(body == null ? new byte[0] : body.getBytes(),
                ctx.request().getHeader("Content-Type"), backend.mapper(), max);
        service.check(input.entries()).compose(results -> {
            Set<String> subjects = new LinkedHashSet<>();
            results.stream().filter(r -> r.subject() != null).forEach(r -> subjects.add(r.subject().key()));
            String detail = input.entries().size() + " entries";
            // answered once its audit line is written, refused (503) when it cannot be
            return Async.onContext(audit.record("check", caller, subjects, detail))
                    .map(written -> results)
                    // a line written too late, after the refusal, is followed by one that says so
                    .onFailure(refused -> audit.withheld("check", caller, subjects, detail));
        }).onSuccess(Async.guarded(ctx, results -> {
            // a bank's counterparties: no cache between it and us keeps them
            ctx.response().putHeader("Cache-Control", "no-store");
            String accept = ctx.request().getHeader("Accept");
            boolean csv = accept != null && accept.contains("text/csv")
                    || input.csv() && (accept == null || !accept.contains("application/json"));
            if (csv) {
                ctx.response().putHeader("Content-Type", "text/csv; charset=" + (input.charset().equals(StandardCharsets.UTF_8) ? "utf-8" : "GB18030"))
                        .putHeader("Content-Disposition", "attachment; filename=\"check-results.csv\"")
                        .end(Buffer.buffer(CheckOutput.csv(results, input.charset())));
            } else {
                Responses.json(ctx, backend.mapper(), CheckOutput.json(backend.mapper(), results));
            }
        })).onFailure(ctx::fail);
    }
}
