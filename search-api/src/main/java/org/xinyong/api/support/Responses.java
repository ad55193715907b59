package org.xinyong.api.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import org.xinyong.api.ops.ResponseCache;

/** Writes JSON bodies with our one ObjectMapper. */
public final class Responses {
    private Responses() {
    }

    public static void json(RoutingContext ctx, ObjectMapper mapper, Object body) {
        json(ctx, mapper, 200, body);
    }

    public static void json(RoutingContext ctx, ObjectMapper mapper, int status, Object body) {
        try {
            json(ctx, status, mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /** A body already written as JSON bytes (the search streams its answer). */
    public static void json(RoutingContext ctx, byte[] body) {
        json(ctx, 200, body);
    }

    private static void json(RoutingContext ctx, int status, byte[] body) {
        if (status == 200) {
            ResponseCache.storeIfCaching(ctx, body);
        }
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(Buffer.buffer(body));
    }
}
