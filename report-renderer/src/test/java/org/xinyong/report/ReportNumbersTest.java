package org.xinyong.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReportNumbersTest {
    private final ReportNumbers numbers = new ReportNumbers();

    @Test
    void next_hasTheNationalFormat_andBeijingTime() {
        String n = numbers.next(ZonedDateTime.of(2026, 5, 4, 11, 2, 57, 0, ZoneOffset.UTC));
        assertTrue(n.matches("^\\d{14}[0-9A-Z]{8}$"), n);
        assertEquals("20260504190257", n.substring(0, 14));
        assertTrue(ReportNumbers.isValid(n));
    }

    @Test
    void next_manyInOneSecondFromTwoThreads_areUnique() throws InterruptedException {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int t = 0; t < 2; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 50_000; i++) {
                    seen.add(numbers.next(SampleData.NOW));
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        assertEquals(100_000, seen.size());
        assertTrue(seen.stream().allMatch(n -> n.matches("^\\d{14}[0-9A-Z]{8}$")));
    }

    @Test
    void isValid_rejectsOtherShapes() {
        assertFalse(ReportNumbers.isValid(null));
        assertFalse(ReportNumbers.isValid("2026050419025750859d39"));
        assertFalse(ReportNumbers.isValid("2026050419025750859D3"));
        assertFalse(ReportNumbers.isValid("A026050419025750859D39"));
    }
}
