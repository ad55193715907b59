package org.xinyong.api.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.SubjectType;
import org.xinyong.core.model.Tier;
import org.xinyong.core.privacy.Masking;
import org.xinyong.core.region.Regions;

/**
 * Public views of stored documents: only fields meant for the public, with Chinese labels added.
 * An allow-list, not a deny-list, so a field added to the index later is not published by accident.
 */
public final class Views {

    /** The record fields a public view shows; searches fetch only these from Elasticsearch. */
    public static final List<String> RECORD_FIELDS = List.of("id", "kind", "subjectKey", "subjectName", "subjectType",
            "creditCode", "personIdMasked", "legalRepresentative", "region", "title", "content", "documentNumber",
            "category", "listType", "decisionDate", "authority", "authorityCode", "sourceDepartment", "tier",
            "publicityStart", "publicityEnd", "fineAmount", "confiscatedAmount", "violationType", "legalBasis",
            "validFrom", "validTo", "fulfilment", "grade");
    private static final Set<String> RECORD_FIELD_SET = Set.copyOf(RECORD_FIELDS);

    private static final Set<String> SUBJECT_FIELDS = Set.of("key", "type", "name", "formerNames", "coreName",
            "creditCode", "personIdMasked", "legalRepresentative", "region", "address", "entityType",
            "registrationDate", "registrationStatus");

    private Views() {
    }

    /**
     * A Chinese label added beside a coded field ({@code kind: PENALTY} → {@code kindLabel: 行政处罚}),
     * each label encoded once: the same few in every hit.
     */
    private record Label(String field, SerializedString labelField, Map<String, SerializedString> labels) {
        Label(String field, String labelField, Map<String, String> labels) {
            this(field, new SerializedString(labelField), encoded(labels));
        }

        private static Map<String, SerializedString> encoded(Map<String, String> labels) {
            Map<String, SerializedString> encoded = new HashMap<>();
            labels.forEach((value, label) -> encoded.put(value, new SerializedString(label)));
            return Map.copyOf(encoded);
        }

        /** The label of {@code value}, or null: a value from a newer indexer is shown without one. */
        SerializedString of(String value) {
            return value == null ? null : labels.get(value);
        }
    }

    private static <E extends Enum<E>> Map<String, String> labels(E[] values, Function<E, String> label) {
        Map<String, String> labels = new HashMap<>();
        for (E value : values) {
            labels.put(value.name(), label.apply(value));
        }
        return labels;
    }

    private static final List<Label> RECORD_LABELS = List.of(
            new Label("kind", "kindLabel", labels(RecordKind.values(), RecordKind::label)),
            new Label("tier", "tierLabel", labels(Tier.values(), Tier::label)),
            new Label("listType", "listTypeLabel", labels(ListType.values(), ListType::label)),
            new Label("subjectType", "subjectTypeLabel", labels(SubjectType.values(), SubjectType::label)),
            new Label("region", "regionName", Regions.all()));

    private static final List<Label> SUBJECT_LABELS = List.of(
            new Label("type", "typeLabel", labels(SubjectType.values(), SubjectType::label)),
            new Label("region", "regionName", Regions.all()));

    private static final String MASKED_ID = "personIdMasked";

    public static ObjectNode record(JsonNode source, ObjectNode out) {
        copy(source, out, RECORD_FIELD_SET);
        RECORD_LABELS.forEach(label -> label(out, label));
        guardMasked(out);
        return out;
    }

    /**
     * {@link #record} from a parser to a generator, for the search's hits: the same fields, labels
     * and mask guard, without a tree. The parser is at the source's {@code START_OBJECT} and is
     * left at its {@code END_OBJECT}; the generator is inside the hit's object, which the caller
     * ends (it adds the highlights).
     *
     * <p>A source that needs nothing taken out or changed (no field outside the view, no null, no
     * stored mask that is not a mask: every source the indexer writes, and Elasticsearch already
     * fetched only {@link #RECORD_FIELDS}) is passed on as the bytes Elasticsearch sent, after its
     * labels: the parser only walks it. Copying it field by field (names looked up and written,
     * strings located and copied) was two thirds of writing the search's answer (JFR at c=16,
     * 2026-11-26). Any other source is written field by field.
     *
     * @param raw the whole input of {@code source}
     * @param order what the sources written before this one (in the same answer) said about the
     *              order of their fields
     * @return the record's {@code subjectName} (null when it has none): the search marks it
     */
    public static String writeRecord(JsonParser source, byte[] raw, JsonGenerator out, FieldOrder order) throws IOException {
        int open = (int) source.currentTokenLocation().getByteOffset();
        String[] labelled = new String[RECORD_LABELS.size()];
        String subjectName = null;
        boolean asSent = true;
        int fields = 0;
        int previous = FieldOrder.START;
        while (true) {
            // the field that followed this one last time, matched as bytes: no name decoded or looked up
            ViewField expected = order.after(previous);
            ViewField field;
            if (expected != null && source.nextFieldName(expected.name())) {
                field = expected;
            } else if ((expected == null ? source.nextToken() : source.currentToken()) == JsonToken.FIELD_NAME) {
                field = RECORD_FIELD_WRITERS.get(source.currentName());
                order.learn(previous, field);
            } else {
                break;
            }
            fields++;
            previous = field == null ? FieldOrder.START : field.index();
            JsonToken value = source.nextToken();
            if (field == null || value == JsonToken.VALUE_NULL || (field.masked() && value != JsonToken.VALUE_STRING)) {
                asSent = false;
                source.skipChildren();
            } else if (value == JsonToken.VALUE_STRING && field.label() >= 0) {
                labelled[field.label()] = source.getText();
            } else if (value == JsonToken.VALUE_STRING && field.masked()) {
                asSent &= Masking.looksMasked(source.getText());
            } else if (value == JsonToken.VALUE_STRING && field.capture() >= 0) {
                subjectName = source.getText();
            } else {
                source.skipChildren();
            }
        }
        int close = (int) source.currentTokenLocation().getByteOffset();
        if (asSent && writeLabels(out, RECORD_LABELS, labelled)) {
            if (fields > 0) {
                out.writeRaw(',');
                out.writeRaw(new RawJson(raw, open + 1, close - open - 1));
            }
            return subjectName;
        }
        // field by field, from a parser of its own over the source (rare: nothing written yet)
        byte[] copy = Arrays.copyOfRange(raw, open, close + 1);
        try (JsonParser again = JSON.createParser(copy)) {
            again.nextToken();
            return writeView(again, copy, out, RECORD_FIELD_WRITERS, RECORD_LABELS, RECORD_CAPTURES.size())[0];
        }
    }

    /** What {@link #writeRecord} reads out of a record besides writing it: its subject's name. */
    private static final List<String> RECORD_CAPTURES = List.of("subjectName");

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * Writes the labels of the {@code labelled} values (null: no such value), as {@code labels}
     * say; true when it wrote at least one. The raw members of {@link #writeRecord} follow them:
     * the generator counts only what it wrote, and after a member of its own it puts the comma
     * before the next one.
     */
    private static boolean writeLabels(JsonGenerator out, List<Label> labels, String[] labelled) throws IOException {
        boolean wrote = false;
        for (int i = 0; i < labelled.length; i++) {
            SerializedString label = labels.get(i).of(labelled[i]);
            if (label != null) {
                out.writeFieldName(labels.get(i).labelField());
                out.writeString(label);
                wrote = true;
            }
        }
        return wrote;
    }

    /** What {@link #writeSubject} reads out of a subject besides writing it: its key, name, code and type. */
    public static final List<String> SUBJECT_IDENTITY = List.of("key", "name", "creditCode", "type");

    /**
     * {@link #subject} from a parser to a generator, like {@link #writeRecord}.
     *
     * @return the subject's {@link #SUBJECT_IDENTITY}, in that order (null where absent)
     */
    public static String[] writeSubject(JsonParser source, byte[] raw, JsonGenerator out) throws IOException {
        return writeView(source, raw, out, SUBJECT_FIELD_WRITERS, SUBJECT_LABELS, SUBJECT_IDENTITY.size());
    }

    private static String[] writeView(JsonParser source, byte[] raw, JsonGenerator out, Map<String, ViewField> fields,
                                      List<Label> labels, int captures) throws IOException {
        String[] labelled = new String[labels.size()];
        String[] captured = new String[captures];
        JsonToken token = source.nextToken();
        while (token == JsonToken.FIELD_NAME) {
            ViewField field = fields.get(source.currentName());
            JsonToken value = source.nextToken();
            // a mask that is an array or object (an indexer bug) could hold a number: never copied
            if (field == null || value == JsonToken.VALUE_NULL || field.masked() && !value.isScalarValue()) {
                source.skipChildren();
                token = source.nextToken();
                continue;
            }
            out.writeFieldName(field.name());
            if (field.capture() >= 0 && value == JsonToken.VALUE_STRING) {
                captured[field.capture()] = source.getText();
            }
            if (field.masked() && value.isScalarValue()) {
                out.writeString(safeMask(source.getText()));
            } else if (value == JsonToken.VALUE_STRING && field.label() < 0) {
                RawStrings.copy(source, raw, out);
                token = source.currentToken();
                continue;
            } else {
                if (field.label() >= 0 && value == JsonToken.VALUE_STRING) {
                    labelled[field.label()] = source.getText();
                }
                out.copyCurrentStructure(source);
            }
            token = source.nextToken();
        }
        writeLabels(out, labels, labelled);
        return captured;
    }

    /**
     * A public field as {@link #writeView} writes it: its name encoded once (written char by char,
     * the names were a fifth of copying the hits, JFR 2026-11-26), the label it gets (an index
     * into the view's labels, or -1), whether it holds an ID mask, and where its value is
     * captured (an index into the view's captures, or -1).
     */
    private record ViewField(SerializedString name, int index, int label, boolean masked, int capture) {
    }

    /**
     * Which public record field followed which in the sources read so far: a source is stored as
     * the indexer wrote it, so its fields come in one order (give or take a field left out), and
     * the next name can be checked as bytes ({@link JsonParser#nextFieldName(
     * com.fasterxml.jackson.core.SerializableString)}) instead of decoded and looked up. Looking
     * names up was a third of walking the hits' sources (JFR, 2026-11-26). One per answer (not
     * shared between threads); a wrong guess only costs the lookup it would have made anyway.
     */
    public static final class FieldOrder {
        static final int START = RECORD_FIELDS.size();
        private final ViewField[] next = new ViewField[RECORD_FIELDS.size() + 1];

        ViewField after(int previous) {
            return next[previous];
        }

        void learn(int previous, ViewField field) {
            next[previous] = field;
        }
    }

    private static final Map<String, ViewField> RECORD_FIELD_WRITERS = viewFields(RECORD_FIELDS, RECORD_LABELS, RECORD_CAPTURES);
    private static final Map<String, ViewField> SUBJECT_FIELD_WRITERS = viewFields(SUBJECT_FIELDS, SUBJECT_LABELS,
            SUBJECT_IDENTITY);

    private static Map<String, ViewField> viewFields(Collection<String> names, List<Label> labels, List<String> captures) {
        Map<String, ViewField> fields = new HashMap<>();
        for (String field : names) {
            int label = -1;
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).field().equals(field)) {
                    label = i;
                }
            }
            fields.put(field, new ViewField(new SerializedString(field), fields.size(), label, field.equals(MASKED_ID),
                    captures.indexOf(field)));
        }
        return Map.copyOf(fields);
    }

    public static ObjectNode subject(JsonNode source, ObjectNode out) {
        copy(source, out, SUBJECT_FIELDS);
        SUBJECT_LABELS.forEach(label -> label(out, label));
        guardMasked(out);
        return out;
    }

    private static void copy(JsonNode source, ObjectNode out, Set<String> fields) {
        source.properties().forEach(e -> {
            if (fields.contains(e.getKey()) && !e.getValue().isNull()) {
                out.set(e.getKey(), e.getValue());
            }
        });
    }

    private static void label(ObjectNode out, Label label) {
        JsonNode v = out.get(label.field());
        if (v != null && v.isTextual()) {
            SerializedString text = label.of(v.asText());
            if (text != null) {
                out.put(label.labelField().getValue(), text.getValue());
            }
        }
    }

    /** Belt and braces: a stored mask that is not a mask (an indexer bug) is never sent out. */
    private static void guardMasked(ObjectNode out) {
        JsonNode v = out.get(MASKED_ID);
        if (v != null) {
            String safe = safeMask(v.asText());
            if (!safe.equals(v.asText())) {
                out.put(MASKED_ID, safe);
            }
        }
    }

    private static String safeMask(String stored) {
        return Masking.looksMasked(stored) ? stored : Masking.maskId(stored);
    }
}
