package org.xinyong.api.search;

import java.util.List;
import java.util.Objects;
import org.xinyong.core.text.Names;

/**
 * What the subjects search found for a text, as the record search needs it: the subjects' keys,
 * best first, whether the best one is exactly what was typed (its code or its full name; a natural
 * person's name never is: namesakes are many), and
 * whether they are only like it (found by the typo-tolerant search), and which are natural persons
 * (asked about by the record search: {@link org.xinyong.api.support.PublicPersons}). The spares are
 * the subjects ranked next ({@link FoundSubjects#ranked}), in case persons among the first have no
 * public record: their records follow those of the first.
 *
 * <p>When exact, the records need no name matching of their own: the subject's key finds all of
 * them, and matching the name's words and bigrams over a million records is the most expensive
 * part of a name search.
 */
public record SubjectMatch(List<String> keys, List<String> spares, boolean exact, boolean approximate,
                           List<String> persons) {
    public static final SubjectMatch NONE = new SubjectMatch(List.of(), false, false);

    /** Subjects none of which is a natural person, no spares. */
    public SubjectMatch(List<String> keys, boolean exact, boolean approximate) {
        this(keys, List.of(), exact, approximate, List.of());
    }

    /** @param first how many of the subjects are the search's own; the rest are spares */
    public static SubjectMatch of(FoundSubjects subjects, QueryText text, int first) {
        if (subjects.isEmpty()) {
            return NONE;
        }
        List<String> all = subjects.found().stream().map(FoundSubjects.Found::key).filter(Objects::nonNull).toList();
        List<String> keys = all.subList(0, Math.min(first, all.size()));
        List<String> spares = all.subList(keys.size(), all.size());
        if (subjects.approximate()) {
            return new SubjectMatch(keys, spares, false, true, subjects.persons());
        }
        FoundSubjects.Found best = subjects.found().get(0);
        if (best.person()) {
            // a person's name is never exact in this sense: namesakes are many (张伟), each a
            // subject of their own, and the best may even be one without a public record
            return new SubjectMatch(keys, spares, false, false, subjects.persons());
        }
        boolean sameCode = text.creditCode().isPresent() && text.creditCode().get().equals(best.creditCode());
        boolean sameName = !text.normalized().isEmpty() && best.name() != null
                && text.normalized().equals(Names.normalize(best.name()));
        return new SubjectMatch(keys, spares, sameCode || sameName, false, subjects.persons());
    }
}
