package org.xinyong.api.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
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
        HttpServerResponse response = ctx.response();
        if (status != 200) {   // 200 is the default; setting it looks the status up again
            response.setStatusCode(status);
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(Buffer.buffer(body));
    }

    /** Encoded once, as the header names are (a string header was hashed and encoded per answer). */
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json; charset=utf-8");
}
