package org.xinyong.api.ops;

import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import org.xinyong.api.Backend;
import org.xinyong.api.support.Async;
import org.xinyong.api.support.FreshnessWatcher;
import org.xinyong.api.support.Responses;
import org.xinyong.core.es.Visibility;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.publicity.PublicityRule;

/**
 * {@code GET /api/about}: how current the data is, where it comes from (the authorities whose
 * records are public, with counts by kind), and the publicity rules that decide what is shown.
 */
public final class AboutRoutes {
    private final Backend backend;
    private final FreshnessWatcher freshness;

    public AboutRoutes(Backend backend, FreshnessWatcher freshness) {
        this.backend = backend;
        this.freshness = freshness;
    }

    public void mount(Router router) {
        router.get("/api/about").handler(this::handleAbout);
    }

    private void handleAbout(RoutingContext ctx) {
        Async.es(backend.metrics(), "search", backend.async().search(s -> s.index(backend.names().records()).size(0)
                        .query(q -> q.bool(b -> b.filter(Visibility.publicOnly())))
                        .trackTotalHits(t -> t.enabled(true))
                        .aggregations("authority", a -> a.terms(t -> t.field("authority").size(100))
                                .aggregations("kind", k -> k.terms(t -> t.field("kind").size(10)))
                                .aggregations("updated", u -> u.max(m -> m.field("updatedAt")))), JsonNode.class))
                .onSuccess(Async.guarded(ctx, response -> {
                    ObjectNode body = backend.mapper().createObjectNode();
                    Instant asOf = freshness.dataAsOf();
                    if (asOf != null) {
                        body.put("dataAsOf", asOf.toString());
                    }
                    body.put("generation", freshness.generation());
                    body.put("publicRecords", response.hits().total() == null ? 0 : response.hits().total().value());
                    ArrayNode sources = body.putArray("sources");
                    for (StringTermsBucket b : response.aggregations().get("authority").sterms().buckets().array()) {
                        ObjectNode source = sources.addObject().put("name", b.key().stringValue()).put("records", b.docCount());
                        ArrayNode kinds = source.putArray("kinds");
                        for (StringTermsBucket k : b.aggregations().get("kind").sterms().buckets().array()) {
                            kinds.add(RecordKind.valueOf(k.key().stringValue()).label());
                        }
                        var updated = b.aggregations().get("updated").max();
                        if (updated.valueAsString() != null) {
                            source.put("updatedAt", updated.valueAsString());
                        }
                    }
                    ObjectNode rules = body.putObject("publicity");
                    rules.put("law", "《信用修复管理办法》（国家发展改革委令第36号，2026年4月1日起施行）");
                    rules.put("MINOR", "轻微失信信息原则上不公示");
                    rules.put("GENERAL", "一般失信信息公示期最短" + PublicityRule.GENERAL_MIN.getMonths() + "个月、最长"
                            + PublicityRule.GENERAL_MAX.getYears() + "年");
                    rules.put("SERIOUS", "严重失信信息公示期最短" + PublicityRule.SERIOUS_MIN.getYears() + "年、最长"
                            + PublicityRule.SERIOUS_MAX.getYears() + "年");
                    rules.put("repair", "信用修复后终止公示、停止共享，记录保留备查");
                    ctx.response().putHeader("Cache-Control", "public, max-age=60");
                    Responses.json(ctx, backend.mapper(), body);
                })).onFailure(ctx::fail);
    }
}
