package org.xinyong.api.ops;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/openapi.json}: the OpenAPI 3.1 description, a hand-written resource kept with the code. */
public final class OpenApiRoutes {
    private final Buffer document;

    public OpenApiRoutes() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream("/org/xinyong/api/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the search-api jar");
            }
            document = Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void mount(Router router) {
        router.get("/api/openapi.json").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Cache-Control", "public, max-age=300")
                .end(document));
    }
}
