package org.xinyong.indexer.feed;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.xinyong.core.privacy.IdHasher;

/**
 * What parsing needs besides the file.
 *
 * @param source a short name for where the feed came from, stored on each record; record ids never
 *     depend on it, so the same data from a renamed file is still the same record
 * @param idHasher keys natural persons' IDs (the pepper is the deployment's)
 * @param today the day decision dates may not be after; a parameter, not the clock, so tests and
 *     generated data are reproducible
 */
public record FeedContext(String source, IdHasher idHasher, LocalDate today) {
    public FeedContext {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must be a non-empty name, was " + source);
        }
        Objects.requireNonNull(idHasher, "idHasher");
        Objects.requireNonNull(today, "today");
    }

    /** The default source for a file: its name without the extension (penalties-2025.csv → penalties-2025). */
    public static FeedContext forFile(Path file, IdHasher idHasher, LocalDate today) {
        return new FeedContext(defaultSource(file), idHasher, today);
    }

    public static String defaultSource(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
