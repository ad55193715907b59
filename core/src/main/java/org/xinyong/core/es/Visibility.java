package org.xinyong.core.es;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import org.xinyong.core.model.RecordStatus;

/**
 * The publicity rule as a query filter: status ACTIVE and today inside [publicityStart,
 * publicityEnd). Every public query, aggregation, list, subject file, check and report goes
 * through this one filter; "today" is evaluated by Elasticsearch in China Standard Time, so a
 * record leaves public view at midnight in Nantong without a job having to run.
 */
public final class Visibility {

    /** China Standard Time: publicity days are Nantong's days. */
    public static final String TIME_ZONE = "+08:00";

    private Visibility() {
    }

    public static Query publicOnly() {
        return Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("status").value(RecordStatus.ACTIVE.name())))
                .filter(f -> f.range(r -> r.untyped(u -> u.field("publicityStart").lte(JsonData.of("now/d")).timeZone(TIME_ZONE))))
                .filter(f -> f.range(r -> r.untyped(u -> u.field("publicityEnd").gt(JsonData.of("now/d")).timeZone(TIME_ZONE))))));
    }
}
