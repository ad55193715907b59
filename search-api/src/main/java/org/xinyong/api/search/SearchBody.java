package org.xinyong.api.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.xinyong.api.es.SearchAnswer;
import org.xinyong.api.support.Views;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Tier;
import org.xinyong.core.region.Regions;

/**
 * The body of {@code GET /api/search}, written straight from the bytes of the records search's
 * answer.
 *
 * <p>Why not trees: reading Elasticsearch's answer into a tree, copying each hit's public fields
 * into a second tree and serialising that was 44 % of the API's event loop (JFR at c=16,
 * 2026-11-26): twenty records with their texts, into strings and hash maps twice. Here a hit's
 * source is copied token by token ({@link Views#writeRecord}: the fields, labels and mask guard
 * of the tree view; texts as the bytes Elasticsearch sent); only small parts become trees (the
 * total, a hit's highlight and sort values, the aggregations, the subjects found). It saved less
 * than the trees suggested (BENCHMARKS.md §2, decision record 5).
 *
 * <p>It relies on the order Elasticsearch writes a search answer in: {@code took}, then
 * {@code hits} with its {@code total} before the hits, then {@code aggregations}. An answer in
 * another order is refused (an error, never a wrong answer).
 */
final class SearchBody {
    private SearchBody() {
    }

    /**
     * @param answer the records search's answer
     * @param subjects the subjects search's answer, shown above the records; null beyond the first page
     */
    static byte[] write(ObjectMapper mapper, InputStream answer, SearchParams params, QueryText text,
                        SearchAnswer subjects) throws IOException {
        byte[] raw = answer.readAllBytes();
        ByteArrayBuilder bytes = new ByteArrayBuilder(raw.length + 1024);
        try (JsonParser in = mapper.createParser(raw); JsonGenerator out = mapper.createGenerator(bytes)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the search answer is not an object");
            }
            out.writeStartObject();
            long took = -1;
            int hits = -1;
            JsonNode aggregations = MissingNode.getInstance();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                switch (field) {
                    case "took" -> took = in.getLongValue();
                    case "hits" -> hits = writeHits(in, raw, out, params, text, took, subjects);
                    case "aggregations" -> aggregations = in.readValueAsTree();
                    default -> in.skipChildren();
                }
            }
            if (hits < 0) {
                throw new IOException("the search answer has no hits");
            }
            writeFacets(out, aggregations);
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }

    /** The answer's {@code hits} object: our head fields, the subjects, the hits, the cursor. */
    private static int writeHits(JsonParser in, byte[] raw, JsonGenerator out, SearchParams params, QueryText text, long took,
                                 SearchAnswer subjects) throws IOException {
        long total = -1;
        int count = -1;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            if (field.equals("total")) {
                total = in.<JsonNode>readValueAsTree().path("value").asLong();
            } else if (field.equals("hits")) {
                if (took < 0 || total < 0) {
                    throw new IOException("the search answer's hits came before its took or total");
                }
                writeHead(out, params, text, took, total, subjects);
                count = writeRecords(in, raw, out, params);
            } else {
                in.skipChildren();
            }
        }
        return count;
    }

    private static void writeHead(JsonGenerator out, SearchParams params, QueryText text, long took, long total,
                                  SearchAnswer subjects) throws IOException {
        out.writeStringField("query", text.echo());
        out.writeNumberField("total", total);
        out.writeNumberField("page", params.page());
        out.writeNumberField("size", params.size());
        out.writeNumberField("tookMs", took);
        out.writeArrayFieldStart("subjects");
        if (subjects != null) {
            for (JsonNode hit : subjects.hits()) {
                ObjectNode subject = Views.subject(hit.path("_source"), JsonNodeFactory.instance.objectNode());
                out.writeStartObject();
                for (var e : subject.properties()) {
                    out.writeFieldName(e.getKey());
                    out.writeTree(e.getValue());
                }
                writeHighlight(out, hit.path("highlight"));
                out.writeEndObject();
            }
        }
        out.writeEndArray();
    }

    /** The hits array, each hit's public fields and highlight; then the cursor after a full page. */
    private static int writeRecords(JsonParser in, byte[] raw, JsonGenerator out, SearchParams params) throws IOException {
        out.writeArrayFieldStart("hits");
        int count = 0;
        JsonNode lastSort = MissingNode.getInstance();
        while (in.nextToken() == JsonToken.START_OBJECT) {
            out.writeStartObject();
            JsonNode highlight = MissingNode.getInstance();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                switch (field) {
                    case "_source" -> {
                        if (value == JsonToken.START_OBJECT) {
                            Views.writeRecord(in, raw, out);
                        } else {
                            in.skipChildren();
                        }
                    }
                    case "highlight" -> highlight = in.readValueAsTree();
                    case "sort" -> lastSort = in.readValueAsTree();
                    default -> in.skipChildren();
                }
            }
            writeHighlight(out, highlight);
            out.writeEndObject();
            count++;
        }
        out.writeEndArray();
        if (count == params.size() && count > 0) {
            out.writeStringField("nextCursor", Cursor.encode(lastSort));
        }
        return count;
    }

    /** Elasticsearch's fragments per field, joined: {"title": ["…<em>家纺</em>…"]} → "title": "…". */
    private static void writeHighlight(JsonGenerator out, JsonNode highlight) throws IOException {
        if (!highlight.isObject() || highlight.isEmpty()) {
            return;
        }
        out.writeObjectFieldStart("highlight");
        for (var field : highlight.properties()) {
            List<String> fragments = new ArrayList<>();
            field.getValue().forEach(fragment -> fragments.add(fragment.asText()));
            out.writeStringField(field.getKey(), String.join(" … ", fragments));
        }
        out.writeEndObject();
    }

    private static void writeFacets(JsonGenerator out, JsonNode aggregations) throws IOException {
        out.writeObjectFieldStart("facets");
        writeTerms(out, "kind", aggregations, v -> RecordKind.valueOf(v).label());
        writeTerms(out, "region", aggregations, v -> Regions.name(v).orElse(v));
        writeTerms(out, "tier", aggregations, v -> Tier.valueOf(v).label());
        writeTerms(out, "authority", aggregations, v -> v);
        List<JsonNode> years = new ArrayList<>();
        aggregations.path("year").path("buckets").forEach(years::add);
        years.sort((a, b) -> b.path("key").asText().compareTo(a.path("key").asText()));
        out.writeArrayFieldStart("year");
        for (JsonNode bucket : years) {
            String year = bucket.path("key").asText();
            writeBucket(out, year, year + "年", bucket.path("doc_count").asLong());
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void writeTerms(JsonGenerator out, String name, JsonNode aggregations, Function<String, String> label)
            throws IOException {
        out.writeArrayFieldStart(name);
        for (JsonNode bucket : aggregations.path(name).path("buckets")) {
            String value = bucket.path("key").asText();
            String text;
            try {
                text = label.apply(value);
            } catch (IllegalArgumentException e) {
                text = value;
            }
            writeBucket(out, value, text, bucket.path("doc_count").asLong());
        }
        out.writeEndArray();
    }

    private static void writeBucket(JsonGenerator out, String value, String label, long count) throws IOException {
        out.writeStartObject();
        out.writeStringField("value", value);
        out.writeStringField("label", label);
        out.writeNumberField("count", count);
        out.writeEndObject();
    }
}
