package org.xinyong.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The cache key: an answer of one day in Nantong, or of older data, is not served. */
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

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private final AtomicLong millis = new AtomicLong();

        void set(String instant) {
            millis.set(Instant.parse(instant).toEpochMilli());
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void key_isAnotherAfterMidnightInNantong_orANewDataGeneration() {
        MovingClock clock = new MovingClock();
        AtomicLong generation = new AtomicLong(7);
        ResponseCache cache = new ResponseCache(10, Duration.ofMinutes(1), generation::get, clock);
        String request = "/api/search {q=张三}";

        clock.set("2026-11-27T15:59:30Z");   // 23:59:30 in Nantong
        String beforeMidnight = cache.key(request);
        clock.set("2026-11-27T15:59:59Z");
        assertEquals(beforeMidnight, cache.key(request), "the same day: the same entry");
        clock.set("2026-11-27T16:00:00Z");   // midnight: records whose publicity ended are gone
        String afterMidnight = cache.key(request);
        assertNotEquals(beforeMidnight, afterMidnight);

        generation.set(8);
        assertNotEquals(afterMidnight, cache.key(request), "a status change or a swap: new entries");
        assertNotEquals(cache.key(request), cache.key("/api/search {q=李四}"));
    }
}
