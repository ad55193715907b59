package org.xinyong.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The publicity day in the cache key: an answer of one day in Nantong is not served the next. */
class ResponseCacheTest {
    private static long day(String instant) {
        return ResponseCache.publicityDay(Instant.parse(instant).toEpochMilli());
    }

    @Test
    void publicityDay_changesAtMidnightInNantong_notInUtc() {
        // 23:59:59 and 00:00:01 in Nantong (UTC+8)
        assertNotEquals(day("2026-11-27T15:59:59Z"), day("2026-11-27T16:00:01Z"));
        // midnight UTC is 08:00 in Nantong: the same day there
        assertEquals(day("2026-11-27T23:59:59Z"), day("2026-11-28T00:00:01Z"));
        assertEquals(day("2026-11-27T16:00:00Z"), day("2026-11-28T15:59:59.999Z"));
        assertEquals(day("2026-11-27T16:00:00Z") + 1, day("2026-11-28T16:00:00Z"));
        // before 1970 too (floor, not truncation)
        assertEquals(day("1969-12-31T16:00:00Z") - 1, day("1969-12-31T15:59:59Z"));
    }
}
