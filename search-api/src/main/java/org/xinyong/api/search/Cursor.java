package org.xinyong.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.xinyong.api.http.Problem;

/**
 * An opaque position in a result list for {@code search_after} paging beyond the page window:
 * the last hit's sort values, base64url-encoded JSON. Decoding validates shape and types, and
 * {@link #fits} the values against the sort they page through, so a tampered cursor (or one of
 * another sort) is a 400, never a malformed Elasticsearch request answered with a 500.
 */
public record Cursor(List<FieldValue> values) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static Cursor decode(String token) {
        try {
            JsonNode node = MAPPER.readTree(Base64.getUrlDecoder().decode(token));
            if (!node.isArray() || node.size() == 0 || node.size() > 4) {
                throw new IllegalArgumentException();
            }
            List<FieldValue> values = new ArrayList<>();
            for (JsonNode v : node) {
                if (v.isIntegralNumber()) {
                    values.add(FieldValue.of(v.asLong()));
                } else if (v.isNumber()) {
                    values.add(FieldValue.of(v.asDouble()));
                } else if (v.isTextual() && v.asText().length() <= 100) {
                    values.add(FieldValue.of(v.asText()));
                } else {
                    throw new IllegalArgumentException();
                }
            }
            return new Cursor(values);
        } catch (IOException | IllegalArgumentException e) {
            throw notIssued();
        }
    }

    /** The answer to a cursor this service did not issue, or not for this sort. */
    static Problem notIssued() {
        return Problem.badRequest("bad-cursor", "翻页游标无效", "The cursor is not one this service issued; start again from page 1.");
    }

    /**
     * Whether these values are a position in a list sorted this way: by relevance the score, the
     * decision date and the id; by date the date and the id (RecordQueries' two sorts).
     */
    public boolean fits(boolean byRelevance) {
        List<FieldValue> dateAndId = values;
        if (byRelevance) {
            if (values.size() != 3 || !values.get(0).isDouble() && !values.get(0).isLong()) {
                return false;
            }
            dateAndId = values.subList(1, 3);
        }
        return dateAndId.size() == 2 && dateAndId.get(0).isLong() && dateAndId.get(1).isString();
    }

    /** @param sortValues a hit's {@code sort} array as Elasticsearch sent it */
    public static String encode(JsonNode sortValues) {
        ArrayNode array = MAPPER.createArrayNode();
        for (JsonNode v : sortValues) {
            array.add(v.isNumber() || v.isTextual() || v.isBoolean() ? v : NullNode.getInstance());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }
}
