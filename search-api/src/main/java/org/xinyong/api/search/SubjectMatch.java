package org.xinyong.api.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.xinyong.core.text.Names;

/**
 * What the subjects search found for a text, as the record search needs it: the subjects' keys,
 * best first, and whether the best one is exactly what was typed (its code or its full name).
 *
 * <p>When it is, the records need no name matching of their own: the subject's key finds all of
 * them, and matching the name's words and bigrams over a million records is the most expensive
 * part of a name search.
 */
public record SubjectMatch(List<String> keys, boolean exact) {
    public static final SubjectMatch NONE = new SubjectMatch(List.of(), false);

    /** @param found the sources of the subjects found, best first */
    public static SubjectMatch of(List<JsonNode> found, QueryText text) {
        if (found.isEmpty()) {
            return NONE;
        }
        List<String> keys = found.stream().map(source -> source.path("key").asText()).toList();
        JsonNode best = found.get(0);
        boolean sameCode = text.creditCode().isPresent() && text.creditCode().get().equals(best.path("creditCode").asText());
        boolean sameName = !text.normalized().isEmpty() && text.normalized().equals(Names.normalize(best.path("name").asText()));
        return new SubjectMatch(keys, sameCode || sameName);
    }
}
