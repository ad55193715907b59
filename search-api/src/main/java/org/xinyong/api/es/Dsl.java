package org.xinyong.api.es;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpSerializable;
import co.elastic.clients.json.jackson.JacksonJsonpGenerator;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The pieces of Elasticsearch's query DSL that the hot searches use, written with a Jackson
 * generator ({@link PreparedSearch}). Each writes one value: a query object, or a member's value
 * after its name. Key names are encoded once.
 *
 * <p>What is rare or never changes stays the client's typed objects: {@link #typed} writes one
 * into the same generator, {@link #serialized} serialises one once, for {@link #raw}.
 */
public final class Dsl {
    private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper();

    private static final SerializedString BOOL = new SerializedString("bool");
    private static final SerializedString MINIMUM_SHOULD_MATCH = new SerializedString("minimum_should_match");
    private static final SerializedString TERM = new SerializedString("term");
    private static final SerializedString TERMS = new SerializedString("terms");
    private static final SerializedString MATCH = new SerializedString("match");
    private static final SerializedString MATCH_PHRASE = new SerializedString("match_phrase");
    private static final SerializedString MULTI_MATCH = new SerializedString("multi_match");
    private static final SerializedString PREFIX = new SerializedString("prefix");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString QUERY = new SerializedString("query");
    private static final SerializedString BOOST = new SerializedString("boost");
    private static final SerializedString OPERATOR = new SerializedString("operator");
    private static final SerializedString SLOP = new SerializedString("slop");
    private static final SerializedString FIELDS = new SerializedString("fields");
    private static final SerializedString TYPE = new SerializedString("type");

    /** Writes JSON into a generator: members of an object, or one value. */
    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    /** Boost 1 is Elasticsearch's default: the member is left out, as the typed client does. */
    public static final float NO_BOOST = 1f;

    private Dsl() {
    }

    /** Opens {@code {"bool": {} ... }}: the caller writes the clause arrays, then {@link #endBool}. */
    public static void startBool(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeFieldName(BOOL);
        g.writeStartObject();
    }

    /** Closes a bool opened by {@link #startBool}; {@code minimumShouldMatch} may be null. */
    public static void endBool(JsonGenerator g, String minimumShouldMatch) throws IOException {
        if (minimumShouldMatch != null) {
            g.writeFieldName(MINIMUM_SHOULD_MATCH);
            g.writeString(minimumShouldMatch);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** {@code {"term": {field: {"value": v, "boost": b}}}} */
    public static void term(JsonGenerator g, String field, String value, float boost) throws IOException {
        valueQuery(g, TERM, field, value, boost);
    }

    /** {@code {"terms": {field: [v…]}}} as the client's typed query, for the parts built with its builders. */
    public static Query termsQuery(String field, List<String> values) {
        return termsQuery(field, values, null);
    }

    /** {@code {"terms": {field: [v…], "boost": b}}} as a typed query; a null boost is not written. */
    public static Query termsQuery(String field, List<String> values, Float boost) {
        List<FieldValue> typed = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(typed)).boost(boost)));
    }

    /** {@code {"terms": {field: [v…], "boost": b}}} */
    public static void terms(JsonGenerator g, String field, List<String> values, float boost) throws IOException {
        g.writeStartObject();
        g.writeFieldName(TERMS);
        g.writeStartObject();
        g.writeFieldName(field);
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
        boost(g, boost);
        g.writeEndObject();
        g.writeEndObject();
    }

    /** {@code {"match": {field: {"query": q, "operator": "and", "boost": b}}}}; {@code and} false: the default "or". */
    public static void match(JsonGenerator g, String field, String query, boolean and, float boost) throws IOException {
        open(g, MATCH, field);
        g.writeFieldName(QUERY);
        g.writeString(query);
        if (and) {
            g.writeFieldName(OPERATOR);
            g.writeString("and");
        }
        boost(g, boost);
        close(g);
    }

    /** {@code {"match_phrase": {field: {"query": q, "slop": s, "boost": b}}}} */
    public static void matchPhrase(JsonGenerator g, String field, String query, int slop, float boost) throws IOException {
        open(g, MATCH_PHRASE, field);
        g.writeFieldName(QUERY);
        g.writeString(query);
        g.writeFieldName(SLOP);
        g.writeNumber(slop);
        boost(g, boost);
        close(g);
    }

    /** {@code {"prefix": {field: {"value": v, "boost": b}}}} */
    public static void prefix(JsonGenerator g, String field, String value, float boost) throws IOException {
        valueQuery(g, PREFIX, field, value, boost);
    }

    /**
     * The members of a highlight that mark matches as {@code <em>…</em>} in HTML-escaped text: the
     * texts shown go into a web page, and a name with {@code <} in it must not become markup.
     */
    public static void htmlMarks(JsonGenerator g) throws IOException {
        g.writeStringField("encoder", "html");
        g.writeArrayFieldStart("pre_tags");
        g.writeString("<em>");
        g.writeEndArray();
        g.writeArrayFieldStart("post_tags");
        g.writeString("</em>");
        g.writeEndArray();
    }

    /**
     * {@code {"multi_match": {"fields": [f…], "query": q, "type": t, "operator": "and", "boost": b}}};
     * {@code type} may be null (Elasticsearch's default, best_fields).
     */
    public static void multiMatch(JsonGenerator g, List<String> fields, String query, String type, boolean and,
                                  float boost) throws IOException {
        g.writeStartObject();
        g.writeFieldName(MULTI_MATCH);
        g.writeStartObject();
        g.writeFieldName(FIELDS);
        g.writeStartArray();
        for (String field : fields) {
            g.writeString(field);
        }
        g.writeEndArray();
        g.writeFieldName(QUERY);
        g.writeString(query);
        if (type != null) {
            g.writeFieldName(TYPE);
            g.writeString(type);
        }
        if (and) {
            g.writeFieldName(OPERATOR);
            g.writeString("and");
        }
        boost(g, boost);
        g.writeEndObject();
        g.writeEndObject();
    }

    /** One of the client's typed objects (a query, a sort value), written into {@code g}: for the rare parts. */
    public static void typed(JsonGenerator g, JsonpSerializable value) {
        value.serialize(new JacksonJsonpGenerator(g), MAPPER);
    }

    /** A typed object's JSON, serialised once, to write with {@link #raw}: for the parts that never change. */
    public static SerializedString serialized(JsonpSerializable value) {
        return constant(g -> typed(g, value));
    }

    /** JSON that never changes, written once ({@link #typed} objects inside as needed), to write with {@link #raw}. */
    public static SerializedString constant(Writer json) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            json.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write constant JSON", e);
        }
        return new SerializedString(out.toString());
    }

    private static final JsonFactory JSON = new JsonFactory();

    /** JSON written once ({@link #serialized}, or a constant), as the next value. */
    public static void raw(JsonGenerator g, SerializedString json) throws IOException {
        g.writeRawValue(json);
    }

    private static void valueQuery(JsonGenerator g, SerializedString kind, String field, String value, float boost)
            throws IOException {
        open(g, kind, field);
        g.writeFieldName(VALUE);
        g.writeString(value);
        boost(g, boost);
        close(g);
    }

    private static void open(JsonGenerator g, SerializedString kind, String field) throws IOException {
        g.writeStartObject();
        g.writeFieldName(kind);
        g.writeStartObject();
        g.writeFieldName(field);
        g.writeStartObject();
    }

    private static void close(JsonGenerator g) throws IOException {
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void boost(JsonGenerator g, float boost) throws IOException {
        if (boost != NO_BOOST) {
            g.writeFieldName(BOOST);
            g.writeNumber(boost);
        }
    }
}
