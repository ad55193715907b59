package org.xinyong.core.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * How current the public data is: when it was last changed (reports print it as "data as of")
 * and a generation number that every change increments. Caches key on the generation, so an
 * alias swap or a status change invalidates them without a message bus.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Freshness(long generation, Instant dataAsOf) {

    public static final String DOC_ID = "freshness";

    public static Optional<Freshness> read(ElasticsearchClient client, IndexNames names) {
        try {
            GetResponse<Freshness> response = client.get(g -> g.index(names.meta()).id(DOC_ID), Freshness.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records that the public data changed now. Writers hold the index lock, so no lost updates. */
    public static Freshness bump(ElasticsearchClient client, IndexNames names, Instant now) {
        long next = read(client, names).map(Freshness::generation).orElse(0L) + 1;
        Freshness fresh = new Freshness(next, now);
        try {
            client.index(i -> i.index(names.meta()).id(DOC_ID).document(fresh).refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fresh;
    }
}
