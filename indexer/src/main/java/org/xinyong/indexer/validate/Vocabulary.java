package org.xinyong.indexer.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xinyong.indexer.map.HeaderNormalizer;

/**
 * A closed list of values (an enumeration of a national template) with the synonyms departments
 * actually write. Matching ignores width, spaces and bracket style; the canonical value is stored.
 */
public final class Vocabulary {
    private final List<String> values;
    private final Map<String, String> lookup = new HashMap<>();

    private Vocabulary(List<String> values) {
        this.values = List.copyOf(values);
        for (String v : values) {
            lookup.put(HeaderNormalizer.normalize(v), v);
        }
    }

    /** @param synonyms pairs: synonym, canonical value, synonym, canonical value … */
    public static Vocabulary of(List<String> values, String... synonyms) {
        Vocabulary vocabulary = new Vocabulary(values);
        for (int i = 0; i + 1 < synonyms.length; i += 2) {
            if (!values.contains(synonyms[i + 1])) {
                throw new IllegalArgumentException(synonyms[i] + " → " + synonyms[i + 1] + " is not a value of " + values);
            }
            vocabulary.lookup.put(HeaderNormalizer.normalize(synonyms[i]), synonyms[i + 1]);
        }
        return vocabulary;
    }

    public Optional<String> canonical(String text) {
        return Optional.ofNullable(lookup.get(HeaderNormalizer.normalize(text)));
    }

    public String parse(String text) throws InvalidValueException {
        return canonical(text).orElseThrow(() -> new InvalidValueException(
                "“" + text.trim() + "”不是规定的取值，应为：" + allowed()));
    }

    public List<String> values() {
        return values;
    }

    /** The values for a message: 警告、通报批评、罚款… */
    public String allowed() {
        return String.join("、", values);
    }
}
