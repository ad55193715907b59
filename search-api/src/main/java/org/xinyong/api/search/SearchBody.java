package org.xinyong.api.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinyong.api.es.CutShortAnswers;
import org.xinyong.api.support.Echoes;
import org.xinyong.api.support.RawJson;
import org.xinyong.api.support.RawStrings;
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
 * of the tree view; texts and highlights as the bytes Elasticsearch sent); only the last hit's
 * sort values become a tree, and the subjects found come written already ({@link FoundSubjects}).
 * It saved less than the trees
 * suggested (BENCHMARKS.md §2, decision record 5).
 *
 * <p>It relies on the order Elasticsearch writes a search answer in: {@code took}, then
 * {@code hits} with its {@code total} before the hits, then {@code aggregations}. An answer in
 * another order is refused (an error, never a wrong answer), as is an answer Elasticsearch cut
 * short ({@link CutShortAnswers}).
 */
final class SearchBody {
    /** Between the fragments of one field's highlight. */
    private static final String FRAGMENT_SEPARATOR = " … ";
    private static final byte[] FRAGMENT_SEPARATOR_UTF8 = FRAGMENT_SEPARATOR.getBytes(StandardCharsets.UTF_8);

    /** A bucket's names, encoded once: some forty buckets an answer. */
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString LABEL = new SerializedString("label");
    private static final SerializedString COUNT = new SerializedString("count");

    private SearchBody() {
    }

    /**
     * @param raw the records search's answer
     * @param subjects the subjects the records were ranked by ({@link FoundSubjects#ranked}), the
     *     first five of them that may be shown above the records; null beyond the first page
     */
    static byte[] write(ObjectMapper mapper, byte[] raw, SearchParams params, QueryText text,
                        FoundSubjects subjects) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder(raw.length + 1024);
        try (JsonParser in = mapper.createParser(raw); JsonGenerator out = mapper.createGenerator(bytes)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the search answer is not an object");
            }
            out.writeStartObject();
            long took = -1;
            int hits = -1;
            Map<String, List<Bucket>> facets = Map.of();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                switch (field) {
                    case "took" -> took = in.getLongValue();
                    case "hits" -> hits = writeHits(mapper, in, raw, out, params, text, took);
                    case "aggregations" -> facets = readBuckets(in);
                    default -> {
                        if (!CutShortAnswers.read(field, in)) {
                            in.skipChildren();
                        }
                    }
                }
            }
            if (hits < 0) {
                throw new IOException("the search answer has no hits");
            }
            // after the hits: which persons found may be shown is in the aggregations
            FoundSubjects shown = subjects == null ? FoundSubjects.NONE
                    : subjects.without(personsHidden(subjects, facets), SearchRoutes.SUBJECTS_ON_FIRST_PAGE);
            writeSubjects(out, shown);
            writeFacets(out, facets);
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }

    /** The answer's {@code hits} object: our head fields, the hits, the cursor. */
    private static int writeHits(ObjectMapper mapper, JsonParser in, byte[] raw, JsonGenerator out, SearchParams params,
                                 QueryText text, long took) throws IOException {
        long total = -1;
        int count = -1;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            if (field.equals("total")) {
                total = readTotal(in);
            } else if (field.equals("hits")) {
                if (took < 0 || total < 0) {
                    throw new IOException("the search answer's hits came before its took or total");
                }
                writeHead(out, params, text, took, total);
                count = writeRecords(mapper, in, raw, out, params, text);
            } else {
                in.skipChildren();
            }
        }
        return count;
    }

    /** {@code {"value": 123, "relation": "eq"}} → 123 (0 without a value, like the tree it replaced). */
    private static long readTotal(JsonParser in) throws IOException {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            in.skipChildren();
            return 0;
        }
        long value = 0;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            boolean isValue = in.currentName().equals("value");
            if (in.nextToken().isNumeric() && isValue) {
                value = in.getLongValue();
            } else {
                in.skipChildren();
            }
        }
        return value;
    }

    private static void writeHead(JsonGenerator out, SearchParams params, QueryText text, long took, long total)
            throws IOException {
        out.writeStringField("query", text.echo());
        out.writeNumberField("total", total);
        out.writeNumberField("page", params.page());
        out.writeNumberField("size", params.size());
        out.writeNumberField("tookMs", took);
        writeWords(out, text.words());
    }

    private static void writeSubjects(JsonGenerator out, FoundSubjects shown) throws IOException {
        out.writeFieldName("subjects");
        RawJson.write(out, shown.views());
        // names like the text, not matching it (a typo, or words that are no one's name): the
        // page offers them as "did you mean", not as what was found
        out.writeBooleanField("subjectsApproximate", shown.approximate());
    }

    /**
     * The natural persons among the subjects found that have no public record, by the answer's
     * {@link RecordQueries#PERSONS_SHOWN} (asked whenever persons were found): not shown. An answer
     * without it shows none of them: unsure is not shown.
     */
    private static Set<String> personsHidden(FoundSubjects subjects, Map<String, List<Bucket>> aggregations) {
        Set<String> hidden = new HashSet<>(subjects.persons());
        aggregations.getOrDefault(RecordQueries.PERSONS_SHOWN, List.of()).forEach(bucket -> hidden.remove(bucket.value()));
        return hidden;
    }

    /**
     * The words searched one by one, and what the search read some as (海安 → region 海安市,
     * 海安县): the page offers those as filters, the rest as the text.
     */
    private static void writeWords(JsonGenerator out, QueryWords words) throws IOException {
        out.writeArrayFieldStart("words");
        for (QueryWords.Word word : words.words()) {
            out.writeStartObject();
            out.writeStringField("word", Echoes.of(word.text()));   // a name and an ID typed together: the ID masked
            out.writeBooleanField("attached", word.attached());
            if (word.meaning().isPresent()) {
                Meaning meaning = word.meaning().get();
                out.writeStringField("facet", meaning.facet().parameter());
                out.writeStringField("label", meaning.label());
                out.writeBooleanField("everywhere", meaning.everywhere());
                out.writeArrayFieldStart("values");
                for (Meaning.Value value : meaning.values()) {
                    out.writeStartObject();
                    out.writeStringField("value", value.value());
                    out.writeStringField("label", value.label());
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /**
     * The hits array, each hit's public fields and highlight; then the cursor after a full page.
     * Only the last hit's sort values are read (into the cursor), from where the parser saw them.
     * A hit's subject name is marked here ({@link NameMarks}), its title and content by
     * Elasticsearch, which writes a hit's {@code highlight} after its {@code _source}.
     */
    private static int writeRecords(ObjectMapper mapper, JsonParser in, byte[] raw, JsonGenerator out,
                                    SearchParams params, QueryText text) throws IOException {
        out.writeArrayFieldStart("hits");
        int count = 0;
        int lastSortStart = -1;
        int lastSortEnd = -1;
        Views.FieldOrder order = new Views.FieldOrder();
        SubjectNameMarks names = new SubjectNameMarks(text);
        while (in.nextToken() == JsonToken.START_OBJECT) {
            out.writeStartObject();
            lastSortStart = -1;
            boolean sourceRead = false;
            String markedName = null;
            boolean highlighted = false;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                if (field.equals("_source") && value == JsonToken.START_OBJECT) {
                    markedName = names.mark(Views.writeRecord(in, raw, out, order));
                    sourceRead = true;
                } else if (field.equals("highlight") && value == JsonToken.START_OBJECT) {
                    if (!sourceRead) {
                        throw new IOException("a hit's highlight came before its source");
                    }
                    writeHighlight(in, raw, out, markedName);
                    highlighted = true;
                } else if (field.equals("sort") && value == JsonToken.START_ARRAY) {
                    lastSortStart = (int) in.currentTokenLocation().getByteOffset();
                    in.skipChildren();
                    lastSortEnd = (int) in.currentTokenLocation().getByteOffset() + 1;
                } else {
                    in.skipChildren();
                }
            }
            if (!highlighted && markedName != null) {
                startHighlight(out, markedName);
                out.writeEndObject();
            }
            out.writeEndObject();
            count++;
        }
        out.writeEndArray();
        if (count == params.size() && count > 0) {
            JsonNode lastSort = lastSortStart < 0 ? MissingNode.getInstance()
                    : mapper.readTree(raw, lastSortStart, lastSortEnd - lastSortStart);
            out.writeStringField("nextCursor", Cursor.encode(lastSort));
        }
        return count;
    }

    /**
     * The records' subject names marked where they share the text: the hits of a page are
     * mostly a few subjects' records, one after another, so the last name marked is kept.
     */
    private static final class SubjectNameMarks {
        private final String typed;
        private String lastName;
        private String lastMarked;

        SubjectNameMarks(QueryText text) {
            this.typed = text.isEmpty() ? null : text.raw();
        }

        /** The name marked, or null: no name, nothing typed, or nothing shared. */
        String mark(String name) {
            if (typed == null || name == null) {
                return null;
            }
            if (!name.equals(lastName)) {
                lastName = name;
                lastMarked = NameMarks.mark(name, typed);
            }
            return lastMarked;
        }
    }

    private static final String SUBJECT_NAME = "subjectName";

    /** Opens a hit's highlight with its subject's name, marked by the API. */
    private static void startHighlight(JsonGenerator out, String markedName) throws IOException {
        out.writeObjectFieldStart("highlight");
        out.writeStringField(SUBJECT_NAME, markedName);
    }

    /**
     * A record's highlight, from the parser: the subject's name marked by the API (null: none),
     * then Elasticsearch's fragments per field joined with {@link #FRAGMENT_SEPARATOR}, copied as
     * the bytes it sent. The parser is at the highlight's {@code START_OBJECT} and is left at its
     * {@code END_OBJECT}. A highlight read into a tree cost as much as copying the hit's source
     * (JFR, 2026-11-26): twenty small trees a search.
     */
    private static void writeHighlight(JsonParser in, byte[] raw, JsonGenerator out, String markedName)
            throws IOException {
        boolean started = markedName != null;
        if (started) {
            startHighlight(out, markedName);
        }
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            // the subject's name is the API's to mark: were Elasticsearch asked for it, not twice
            if (in.nextToken() != JsonToken.START_ARRAY || field.equals(SUBJECT_NAME)) {
                in.skipChildren();
                continue;
            }
            List<RawStrings.Span> fragments = new ArrayList<>(1);
            JsonToken token = in.nextToken();
            while (token == JsonToken.VALUE_STRING) {
                fragments.add(RawStrings.span(in, raw));
                token = in.currentToken();
            }
            if (token != JsonToken.END_ARRAY) {
                throw new IOException("a highlight fragment that is not a string");
            }
            if (fragments.isEmpty()) {
                continue;
            }
            if (!started) {
                out.writeObjectFieldStart("highlight");
                started = true;
            }
            out.writeFieldName(field);
            if (fragments.size() == 1) {
                out.writeRawUTF8String(raw, fragments.get(0).start(), fragments.get(0).length());
            } else {
                // escaped text joined with a separator that needs no escaping = the joined text escaped
                ByteArrayBuilder joined = new ByteArrayBuilder();
                for (int i = 0; i < fragments.size(); i++) {
                    if (i > 0) {
                        joined.write(FRAGMENT_SEPARATOR_UTF8);
                    }
                    joined.write(raw, fragments.get(i).start(), fragments.get(i).length());
                }
                byte[] bytes = joined.toByteArray();
                out.writeRawUTF8String(bytes, 0, bytes.length);
            }
        }
        if (started) {
            out.writeEndObject();
        }
    }

    /** A facet's value and how many records have it. */
    private record Bucket(String value, long count) {
    }

    /**
     * The buckets of each aggregation, by its name, from the parser at the aggregations'
     * {@code START_OBJECT} (left at its {@code END_OBJECT}): {@code {"kind": {…, "buckets":
     * [{"key": "PENALTY", "doc_count": 3}, …]}, …}}. Read token by token, not into a tree:
     * some forty buckets an answer.
     */
    private static Map<String, List<Bucket>> readBuckets(JsonParser in) throws IOException {
        Map<String, List<Bucket>> facets = new HashMap<>();
        if (in.currentToken() != JsonToken.START_OBJECT) {
            in.skipChildren();
            return facets;
        }
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            if (in.nextToken() != JsonToken.START_OBJECT) {
                in.skipChildren();
                continue;
            }
            facets.put(name, readAggregation(in));
        }
        return facets;
    }

    /**
     * One aggregation's buckets: its own (terms), or those of the aggregation inside it (a single
     * bucket's: {@link RecordQueries#PERSONS_SHOWN}, a {@code filter} holding terms). The parser is at its
     * {@code START_OBJECT} and is left at its {@code END_OBJECT}.
     */
    private static List<Bucket> readAggregation(JsonParser in) throws IOException {
        List<Bucket> buckets = new ArrayList<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            boolean isBuckets = in.currentName().equals("buckets");
            JsonToken value = in.nextToken();
            if (value == JsonToken.START_ARRAY && isBuckets) {
                while (in.nextToken() == JsonToken.START_OBJECT) {
                    readBucket(in).ifPresent(buckets::add);
                }
            } else if (value == JsonToken.START_OBJECT) {
                buckets.addAll(readAggregation(in));
            } else {
                in.skipChildren();
            }
        }
        return buckets;
    }

    private static Optional<Bucket> readBucket(JsonParser in) throws IOException {
        String value = null;
        long count = 0;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            JsonToken token = in.nextToken();
            if (field.equals("key") && token.isScalarValue()) {
                value = in.getText();
            } else if (field.equals("doc_count") && token.isNumeric()) {
                count = in.getLongValue();
            } else {
                in.skipChildren();
            }
        }
        return value == null ? Optional.empty() : Optional.of(new Bucket(value, count));
    }

    private static void writeFacets(JsonGenerator out, Map<String, List<Bucket>> facets) throws IOException {
        out.writeObjectFieldStart("facets");
        writeTerms(out, "kind", facets, KINDS);
        writeTerms(out, "region", facets, REGIONS);
        writeTerms(out, "tier", facets, TIERS);
        writeTerms(out, "authority", facets, Map.of());
        List<Bucket> years = new ArrayList<>(facets.getOrDefault("year", List.of()));
        years.sort(Comparator.comparing(Bucket::value).reversed());
        out.writeArrayFieldStart("year");
        for (Bucket year : years) {
            writeBucket(out, new SerializedString(year.value()), new SerializedString(year.value() + "年"), year.count());
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * A known facet value and its label, each encoded once: the same few codes and labels are in
     * every answer, and encoding their Chinese labels bucket by bucket was a third of the facets'
     * cost (JFR, 2026-11-26). A value not known here is its own label (an authority's name).
     */
    private record Encoded(SerializedString value, SerializedString label) {
        static Map<String, Encoded> of(Map<String, String> labels) {
            Map<String, Encoded> encoded = new HashMap<>();
            labels.forEach((value, label) -> encoded.put(value, new Encoded(new SerializedString(value),
                    new SerializedString(label))));
            return Map.copyOf(encoded);
        }
    }

    private static final Map<String, Encoded> KINDS = Encoded.of(Arrays.stream(RecordKind.values())
            .collect(Collectors.toMap(RecordKind::name, RecordKind::label)));
    private static final Map<String, Encoded> TIERS = Encoded.of(Arrays.stream(Tier.values())
            .collect(Collectors.toMap(Tier::name, Tier::label)));
    private static final Map<String, Encoded> REGIONS = Encoded.of(Regions.all());

    private static void writeTerms(JsonGenerator out, String name, Map<String, List<Bucket>> facets,
                                   Map<String, Encoded> known) throws IOException {
        out.writeArrayFieldStart(name);
        for (Bucket bucket : facets.getOrDefault(name, List.of())) {
            Encoded encoded = known.get(bucket.value());
            if (encoded != null) {
                writeBucket(out, encoded.value(), encoded.label(), bucket.count());
            } else {
                SerializedString value = new SerializedString(bucket.value());
                writeBucket(out, value, value, bucket.count());
            }
        }
        out.writeEndArray();
    }

    private static void writeBucket(JsonGenerator out, SerializableString value, SerializableString label, long count)
            throws IOException {
        out.writeStartObject();
        out.writeFieldName(VALUE);
        out.writeString(value);
        out.writeFieldName(LABEL);
        out.writeString(label);
        out.writeFieldName(COUNT);
        out.writeNumber(count);
        out.writeEndObject();
    }
}
