package org.xinyong.api.http;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;

/** Query-parameter reading with problem responses that name the parameter and the limit. */
public final class Params {
    private Params() {
    }

    public static Optional<String> string(RoutingContext ctx, String name, int maxLength) {
        List<String> values = ctx.queryParam(name);
        if (values.isEmpty() || values.get(0).isBlank()) {
            return Optional.empty();
        }
        String v = values.get(0).strip();
        if (v.length() > maxLength) {
            throw Problem.badRequest("query-too-long", "查询内容过长",
                    "Parameter '" + name + "' has " + v.length() + " characters; the limit is " + maxLength + ".");
        }
        return Optional.of(v);
    }

    public static List<String> list(RoutingContext ctx, String name, int maxLength) {
        List<String> values = ctx.queryParam(name).stream()
                .flatMap(v -> List.of(v.split(",")).stream())
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .peek(v -> {
                    if (v.length() > maxLength) {
                        throw Problem.badRequest("query-too-long", "查询内容过长",
                                "A value of '" + name + "' exceeds " + maxLength + " characters.");
                    }
                })
                .toList();
        if (values.size() > MAX_VALUES) {
            // dropping the rest would answer another question than the one asked
            throw Problem.badRequest("bad-parameter", "参数取值过多",
                    "Parameter '" + name + "' takes at most " + MAX_VALUES + " values.");
        }
        return values;
    }

    /** Values of one list parameter: a filter of more than twenty kinds, regions or years is no filter. */
    static final int MAX_VALUES = 20;

    public static int integer(RoutingContext ctx, String name, int defaultValue, int min, int max) {
        Optional<String> raw = string(ctx, name, 12);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(raw.get());
            if (v < min || v > max) {
                throw Problem.badRequest("bad-parameter", "参数超出范围",
                        "Parameter '" + name + "' must be between " + min + " and " + max + ".");
            }
            return v;
        } catch (NumberFormatException e) {
            throw Problem.badRequest("bad-parameter", "参数格式错误", "Parameter '" + name + "' must be a whole number.");
        }
    }
}
