package org.xinyong.core.es;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The analysis settings and strict mappings of our indexes, kept as JSON resources so they read
 * like Elasticsearch documentation and can be diffed in review.
 */
public final class IndexTemplates {
    private IndexTemplates() {
    }

    /** {@code {"analysis": …}}: the analyzers built from our plugin's components. */
    public static String analysis() {
        return read("analysis.json");
    }

    public static String recordsMapping() {
        return read("records-mapping.json");
    }

    public static String subjectsMapping() {
        return read("subjects-mapping.json");
    }

    /**
     * The {@code _meta.version} of a mapping: raised whenever a change needs the index rebuilt
     * (a new sub-field, other index options), so a server can tell that a live index is older.
     */
    public static int mappingVersion(String mapping) {
        try {
            return org.xinyong.core.json.Json.newMapper().readTree(mapping).path("_meta").path("version").asInt(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) {
        try (InputStream in = IndexTemplates.class.getResourceAsStream("/org/xinyong/core/es/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
