package org.xinyong.api.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.xinyong.api.http.Problem;

/** A JSON request body, read with problems that name the field and what is wrong with it. */
final class Body {
    private final JsonNode json;

    private Body(JsonNode json) {
        this.json = json;
    }

    static Body of(RoutingContext ctx, ObjectMapper mapper) {
        Buffer buffer = ctx.body().buffer();
        if (buffer == null || buffer.length() == 0) {
            throw Problem.badRequest("empty-body", "请求内容为空", "Send a JSON object.");
        }
        try {
            JsonNode json = mapper.readTree(buffer.getBytes());
            if (json == null || !json.isObject()) {
                throw new IOException("not an object");
            }
            return new Body(json);
        } catch (IOException e) {
            throw Problem.badRequest("bad-json", "JSON 格式错误", "The body must be a JSON object.");
        }
    }

    String required(String field, String label, int maxLength) {
        String v = optional(field, label, maxLength);
        if (v == null) {
            throw invalid(field, label + "为必填项");
        }
        return v;
    }

    String optional(String field, String label, int maxLength) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            return null;
        }
        if (!v.isTextual()) {
            throw invalid(field, label + "应为文本");
        }
        String text = v.asText().strip();
        if (text.length() > maxLength) {
            throw invalid(field, label + "不能超过" + maxLength + "个字符（现为" + text.length() + "个）");
        }
        return text;
    }

    String oneOf(String field, String label, List<String> allowed) {
        String v = required(field, label, 40);
        if (!allowed.contains(v)) {
            throw invalid(field, label + "应为以下之一：" + String.join("、", allowed));
        }
        return v;
    }

    LocalDate date(String field, String label, boolean required) {
        String v = required ? required(field, label, 10) : optional(field, label, 10);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw invalid(field, label + "应为日期，如 2026-12-31");
        }
    }

    boolean bool(String field) {
        JsonNode v = json.get(field);
        return v != null && v.isBoolean() && v.asBoolean();
    }

    JsonNode raw() {
        return json;
    }

    static Problem invalid(String field, String message) {
        return Problem.of(422, "invalid-field", message, "Field '" + field + "': " + message).with("field", field);
    }
}
