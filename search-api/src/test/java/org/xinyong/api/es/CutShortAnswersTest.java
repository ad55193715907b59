package org.xinyong.api.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinyong.api.http.Problem;

/** A typed answer cut short is refused (the raw ones: SearchBodyTest, FoundSubjectsTest). */
class CutShortAnswersTest {
    private static SearchResponse<Void> answer(boolean timedOut, int failed) {
        return SearchResponse.of(r -> r.took(3).timedOut(timedOut)
                .shards(s -> s.total(1).successful(1 - failed).failed(failed))
                .hits(h -> h.hits(List.of())));
    }

    @Test
    void aWholeAnswer_isPassedOn() {
        SearchResponse<Void> whole = answer(false, 0);
        assertSame(whole, CutShortAnswers.whole(whole));
    }

    @Test
    void aTimedOutOrPartlyFailedAnswer_isA503ToRetry() {
        for (SearchResponse<Void> cut : List.of(answer(true, 0), answer(false, 1))) {
            Problem refused = assertThrows(Problem.class, () -> CutShortAnswers.whole(cut));
            assertEquals(503, refused.status());
            assertEquals("search-incomplete", refused.type());
        }
    }
}
