package org.xinyong.api.support;

import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xinyong.api.Backend;
import org.xinyong.api.es.Dsl;
import org.xinyong.core.es.Visibility;

/**
 * A natural person is shown only while one of their records is public: in the subjects a search
 * or a suggestion offers, as a credit file, in a report, as a counterparty matched.
 *
 * <p>Why: a company's identity is public registration data whatever its record (and "no public
 * records" is an answer a bank wants). A person is in our data only because of their records;
 * once every one has expired or been repaired (信用修复: 终止公示, no credit system shows it), a
 * page with their name, masked ID and no records still tells everyone that they were on it.
 * Computed at query time like the publicity rule itself, so it changes the day the last record's
 * publicity ends, with nothing to re-index.
 */
public final class PublicPersons {
    private PublicPersons() {
    }

    /** A natural person's subject key: {@code P} and 32 hex (companies and businesses are keyed by their code). */
    public static boolean isPerson(String key) {
        return key != null && key.length() == 33 && key.charAt(0) == 'P';
    }

    /**
     * Of these subjects, the natural persons without a public record: those not to be shown.
     * Asks Elasticsearch only when there is a person among them ({@value #PER_SEARCH} a search:
     * a counterparty check may match thousands).
     */
    public static Future<Set<String>> hidden(Backend backend, Collection<String> keys) {
        List<String> persons = keys.stream().filter(PublicPersons::isPerson).distinct().toList();
        if (persons.isEmpty()) {
            return Future.succeededFuture(Set.of());
        }
        List<Future<Set<String>>> parts = new ArrayList<>();
        for (int from = 0; from < persons.size(); from += PER_SEARCH) {
            parts.add(hiddenAmong(backend, persons.subList(from, Math.min(persons.size(), from + PER_SEARCH))));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return Future.all(parts).map(all -> {
            Set<String> hidden = new HashSet<>();
            parts.forEach(part -> hidden.addAll(part.result()));
            return Set.copyOf(hidden);
        });
    }

    static final int PER_SEARCH = 1_000;

    private static Future<Set<String>> hiddenAmong(Backend backend, List<String> persons) {
        return Async.es(backend.metrics(), "search", backend.async().search(s -> s
                        .index(backend.names().records()).size(0).trackTotalHits(t -> t.enabled(false))
                        .query(q -> q.bool(b -> b.filter(Visibility.publicOnly())
                                .filter(Dsl.termsQuery("subjectKey", persons))))
                        .aggregations("shown", a -> a.terms(t -> t.field("subjectKey").size(persons.size()))),
                Void.class))
                .map((SearchResponse<Void> response) -> {
                    Set<String> hidden = new HashSet<>(persons);
                    for (StringTermsBucket bucket : response.aggregations().get("shown").sterms().buckets().array()) {
                        hidden.remove(bucket.key().stringValue());
                    }
                    return Set.copyOf(hidden);
                });
    }
}
