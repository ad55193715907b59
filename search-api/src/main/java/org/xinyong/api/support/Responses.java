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
            byte[] bytes = mapper.writeValueAsBytes(body);
            if (status == 200) {
                ResponseCache.storeIfCaching(ctx, bytes);
            }
            ctx.response().setStatusCode(status)
                    .putHeader("Content-Type", "application/json; charset=utf-8")
                    .end(Buffer.buffer(bytes));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
