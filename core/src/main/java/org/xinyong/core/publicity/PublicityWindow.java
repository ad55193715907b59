package org.xinyong.core.publicity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a record is public: from {@code start} (inclusive) to {@code end} (exclusive). An empty
 * window ({@code end} not after {@code start}) means the record is kept but never published.
 */
public record PublicityWindow(LocalDate start, LocalDate end) {
    public PublicityWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean isEmpty() {
        return !end.isAfter(start);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }
}
