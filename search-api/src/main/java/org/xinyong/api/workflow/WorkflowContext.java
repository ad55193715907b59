package org.xinyong.api.workflow;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.xinyong.api.Backend;
import org.xinyong.api.security.AuditLog;
import org.xinyong.api.support.Async;
import org.xinyong.api.support.FreshnessWatcher;
import org.xinyong.api.support.Responses;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.core.workflow.JournalApplier;
import org.xinyong.core.workflow.JournalEntry;

/**
 * What the workflow routes share. Workflows are low-volume writes that must be durable before they
 * answer, so they run on workers with the blocking client; the event loop only parses and replies.
 */
record WorkflowContext(Backend backend, WorkflowStore store, WorkerExecutor workers, AuditLog audit,
                       FreshnessWatcher freshness) {

    /** Runs {@code work} on a worker and answers its result as JSON with {@code status}. */
    void respond(RoutingContext ctx, int status, Callable<Object> work) {
        workers.executeBlocking(work, false)
                .onSuccess(Async.guarded(ctx, result -> Responses.json(ctx, backend.mapper(), status, result)))
                .onFailure(ctx::fail);
    }

    /** Journals an online decision and applies it, then lets this process's caches notice at once. */
    void journal(JournalEntry entry) {
        freshness.advanceTo(JournalApplier.record(backend.es().client(), backend.names(), entry, now()));
    }

    /** Something public changed outside the records (a declaration): caches must let go of it. */
    void dataChanged() {
        freshness.advanceTo(org.xinyong.core.es.Freshness.bump(backend.es().client(), backend.names(), now()));
    }

    Instant now() {
        return backend.clock().instant();
    }

    LocalDate today() {
        return PublicityRule.today(backend.clock());
    }
}
