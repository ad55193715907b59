package org.xinyong.api.workflow;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.xinyong.api.Backend;
import org.xinyong.api.security.AuditLog;
import org.xinyong.api.support.FreshnessWatcher;
import org.xinyong.core.workflow.Journal;

/**
 * The supervision workflows of the city's plan: online commitments, online repair, voluntary
 * declarations. Each needs a keyed caller with the right role; every action is audited.
 */
public final class WorkflowRoutes {
    private final WorkflowContext wf;
    private final CommitmentRoutes commitments;

    public WorkflowRoutes(Vertx vertx, Backend backend, AuditLog audit, FreshnessWatcher freshness) {
        WorkflowStore store = new WorkflowStore(backend.es(), backend.names());
        store.ensureIndex();
        Journal.ensureIndex(backend.es().client(), backend.names());
        this.wf = new WorkflowContext(backend, store, vertx.createSharedWorkerExecutor("workflow-workers", 2), audit, freshness);
        this.commitments = new CommitmentRoutes(wf);
    }

    private org.xinyong.api.Backend backend() {
        return wf.backend();
    }

    public void mount(Router router) {
        commitments.mount(router);
        new RepairRoutes(wf, commitments).mount(router);
        new DeclarationRoutes(wf).mount(router);
        router.get("/api/me").handler(ctx -> {
            var caller = org.xinyong.api.security.CallerHandler.of(ctx);
            var body = backend().mapper().createObjectNode();
            body.put("role", caller.role().name().toLowerCase(java.util.Locale.ROOT));
            if (!caller.isAnonymous()) {
                body.put("name", caller.id());
                caller.binding().ifPresent(b -> body.put("binding", b));
            }
            ctx.response().putHeader("Cache-Control", "no-store");
            org.xinyong.api.support.Responses.json(ctx, backend().mapper(), body);
        });
    }
}
