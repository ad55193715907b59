package org.xinyong.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
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

    public static ObjectNode record(JsonNode source, ObjectNode out) {
        copy(source, out, RECORD_FIELD_SET);
        label(out, "kind", "kindLabel", v -> RecordKind.valueOf(v).label());
        label(out, "tier", "tierLabel", v -> Tier.valueOf(v).label());
        label(out, "listType", "listTypeLabel", v -> ListType.valueOf(v).label());
        label(out, "subjectType", "subjectTypeLabel", v -> SubjectType.valueOf(v).label());
        label(out, "region", "regionName", v -> Regions.name(v).orElse(null));
        guardMasked(out, "personIdMasked");
        return out;
    }

    public static ObjectNode subject(JsonNode source, ObjectNode out) {
        copy(source, out, SUBJECT_FIELDS);
        label(out, "type", "typeLabel", v -> SubjectType.valueOf(v).label());
        label(out, "region", "regionName", v -> Regions.name(v).orElse(null));
        guardMasked(out, "personIdMasked");
        return out;
    }

    private static void copy(JsonNode source, ObjectNode out, Set<String> fields) {
        source.properties().forEach(e -> {
            if (fields.contains(e.getKey()) && !e.getValue().isNull()) {
                out.set(e.getKey(), e.getValue());
            }
        });
    }

    private static void label(ObjectNode out, String field, String labelField, java.util.function.Function<String, String> f) {
        JsonNode v = out.get(field);
        if (v != null && v.isTextual()) {
            try {
                String label = f.apply(v.asText());
                if (label != null) {
                    out.put(labelField, label);
                }
            } catch (IllegalArgumentException e) {
                // a value from a newer indexer: show it without a label
            }
        }
    }

    /** Belt and braces: a stored mask that is not a mask (an indexer bug) is never sent out. */
    private static void guardMasked(ObjectNode out, String field) {
        JsonNode v = out.get(field);
        if (v != null && !Masking.looksMasked(v.asText())) {
            out.put(field, Masking.maskId(v.asText()));
        }
    }
}
