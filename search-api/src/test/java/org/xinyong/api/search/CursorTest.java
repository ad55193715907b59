package org.xinyong.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.xinyong.api.http.Problem;

/** Cursors: what the search issues comes back as the same position, and fits only its own sort. */
class CursorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Cursor issued(String sortValues) throws Exception {
        return Cursor.decode(Cursor.encode(MAPPER.readTree(sortValues)));
    }

    @Test
    void aRelevanceCursor_fitsTheRelevanceSortOnly() throws Exception {
        Cursor cursor = issued("[3.5, 1735689600000, \"r-1\"]");
        assertTrue(cursor.fits(true));
        assertFalse(cursor.fits(false));
        assertTrue(issued("[12, 1735689600000, \"r-1\"]").fits(true), "a score that happens to be whole");
        assertTrue(issued("[3.5, -9223372036854775808, \"r-1\"]").fits(true), "no decision date: Long.MIN_VALUE");
    }

    @Test
    void aDateCursor_fitsTheDateSortOnly() throws Exception {
        Cursor cursor = issued("[1735689600000, \"r-1\"]");
        assertTrue(cursor.fits(false));
        assertFalse(cursor.fits(true));
    }

    @Test
    void valuesOfTheWrongKind_fitNeither() throws Exception {
        for (String values : new String[] {"[\"x\"]", "[\"r-1\", 1735689600000]", "[3.5, \"2025-01-01\", \"r-1\"]",
                "[3.5, 1735689600000, 7]", "[1.5, \"r-1\"]", "[\"a\", 1735689600000, \"r-1\"]"}) {
            Cursor cursor = issued(values);
            assertFalse(cursor.fits(true) || cursor.fits(false), values);
        }
    }

    @Test
    void notACursor_isA400() {
        for (String token : new String[] {"bm90LWEtY3Vyc29y", "W10", "!!", "eyJhIjoxfQ"}) {
            Problem refused = assertThrows(Problem.class, () -> Cursor.decode(token), token);
            assertEquals(400, refused.status());
        }
    }
}
