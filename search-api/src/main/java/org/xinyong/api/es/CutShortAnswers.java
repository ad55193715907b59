package org.xinyong.api.es;

import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.xinyong.api.http.Problem;

/**
 * Refuses a search answer Elasticsearch cut short. A search that runs out of its {@code timeout}
 * answers with what it found until then and {@code "timed_out": true}; a shard that failed is
 * counted in {@code _shards.failed}. Shown as if whole, such an answer leaves out records (a
 * serious penalty, a black-list entry) without saying so, and the response cache would serve it
 * to everyone for its TTL: the caller gets a 503 to retry instead.
 */
public final class CutShortAnswers {
    private CutShortAnswers() {
    }

    /**
     * Reads a top-level member of a search answer if it is one that tells (the parser at its
     * value, left at its end), and fails if the answer was cut short.
     *
     * @return whether the member was read; if not, the parser has not moved
     */
    public static boolean read(String field, JsonParser in) throws IOException {
        if (field.equals("timed_out")) {
            if (in.currentToken() == JsonToken.VALUE_TRUE) {
                throw cutShort();
            }
            return true;
        }
        if (field.equals("_shards") && in.currentToken() == JsonToken.START_OBJECT) {
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                boolean failed = in.currentName().equals("failed");
                JsonToken value = in.nextToken();
                if (failed && value.isNumeric() && in.getLongValue() > 0) {
                    throw cutShort();
                }
                in.skipChildren();
            }
            return true;
        }
        return false;
    }

    /**
     * The same for an answer read by the client's typed model (a search's or an {@code _msearch}
     * item's): whether
     * it timed out or a shard failed. A check (every entry's verdict) or the persons' rule read
     * from such an answer would take what is missing for "nothing there": a penalty left out is a
     * CLEAR that should be a HIT.
     */
    public static <A extends ResponseBody<?>> A whole(A answer) {
        if (answer.timedOut() || answer.shards().failed().longValue() > 0) {
            throw cutShort();
        }
        return answer;
    }

    /** The problem a cut-short answer becomes. */
    public static Problem cutShort() {
        return Problem.retryLater(503, "search-incomplete", "检索超时",
                "The search did not finish in time and its answer would be incomplete; please retry shortly.", 2);
    }
}
