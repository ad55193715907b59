package org.xinyong.api.grades;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Set;
import org.xinyong.api.Backend;
import org.xinyong.api.http.Problem;
import org.xinyong.api.security.Caller;
import org.xinyong.api.security.CallerHandler;
import org.xinyong.api.support.Async;
import org.xinyong.api.support.PublicPersons;
import org.xinyong.api.support.Responses;
import org.xinyong.api.support.SubjectKeys;
import org.xinyong.core.grade.Grade;
import org.xinyong.core.grade.GradeFeatures;
import org.xinyong.core.grade.GradeModel;
import org.xinyong.core.publicity.PublicityRule;

/**
 * {@code GET /api/subjects/{key}/grade}: the subject's grade under the documented model, computed
 * from its public record at request time, so it follows every change at once. Authorities see
 * every factor's contribution; the public sees what the policy setting allows
 * ({@code xinyong.grades.public}: none, grade, or full).
 */
public final class GradeRoutes {
    public enum PublicView { NONE, GRADE, FULL }

    private final Backend backend;
    private final WorkerExecutor workers;
    private final PublicView publicView;

    public GradeRoutes(Backend backend, WorkerExecutor workers, PublicView publicView) {
        this.backend = backend;
        this.workers = workers;
        this.publicView = publicView;
    }

    public void mount(Router router) {
        router.get("/api/subjects/:key/grade").handler(this::handleGrade);
    }

    private void handleGrade(RoutingContext ctx) {
        String key = SubjectKeys.parse(ctx.pathParam("key"));
        Caller caller = CallerHandler.of(ctx);
        boolean full = caller.role() == Caller.Role.AUTHORITY || caller.role() == Caller.Role.ADMIN || publicView == PublicView.FULL;
        if (!full && publicView == PublicView.NONE) {
            throw Problem.of(403, "grades-not-public", "信用评价等级不对社会公开",
                    "Grades are shown to supervising authorities only under the current policy.");
        }
        shown(key)
                .compose(shown -> shown ? workers.executeBlocking(() -> {
                    var records = SubjectRecords.publicRecords(backend.es().client(), backend.names(), List.of(key))
                            .getOrDefault(key, List.of());
                    return GradeModel.grade(GradeFeatures.of(records, PublicityRule.today(backend.clock())));
                }, false) : Future.<Grade>failedFuture(SubjectKeys.notFound(key)))
                .onSuccess(Async.guarded(ctx, grade -> Responses.json(ctx, backend.mapper(), body(key, grade, full))))
                .onFailure(ctx::fail);
    }

    /** Whether the subject is held and may be shown: a natural person only while a record of theirs is public (PublicPersons). */
    private Future<Boolean> shown(String key) {
        return Async.es(backend.metrics(), "get", backend.async().get(g -> g.index(backend.names().subjects()).id(key)
                .sourceIncludes("type"), JsonNode.class)).compose(subject -> {
                    if (!subject.found()) {
                        return Future.succeededFuture(false);
                    }
                    return PublicPersons.isPersonType(subject.source().path("type").asText())
                            ? PublicPersons.hidden(backend, List.of(key)).map(Set::isEmpty) : Future.succeededFuture(true);
                });
    }

    private ObjectNode body(String key, Grade grade, boolean full) {
        ObjectNode body = backend.mapper().createObjectNode();
        body.put("subjectKey", key).put("grade", grade.letter()).put("modelVersion", grade.modelVersion())
                .put("modelDocumentation", "/about.html#grade-model");
        if (full) {
            body.put("score", grade.score());
            ArrayNode factors = body.putArray("factors");
            for (Grade.Factor f : grade.factors()) {
                factors.addObject().put("code", f.code()).put("label", f.label()).put("count", f.count()).put("points", f.points());
            }
            if (grade.override() != null) {
                body.put("override", grade.override());
            }
        }
        return body;
    }
}
