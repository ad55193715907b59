package org.xinyong.api.support;

import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.vertx.core.Future;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xinyong.api.Backend;
import org.xinyong.api.es.CutShortAnswers;
import org.xinyong.api.es.Dsl;
import org.xinyong.core.es.Visibility;
import org.xinyong.core.model.SubjectType;

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

    /** A subject's {@code type} that makes it a natural person (an individual business is not: its registration is public). */
    public static boolean isPersonType(String type) {
        return SubjectType.NATURAL_PERSON.name().equals(type);
    }

    /**
     * Whether a subject held, of this {@code type}, with this many public records, may be shown:
     * anyone but a natural person without one. The credit file and the report ask this of the
     * records they read anyway; elsewhere {@link #hidden} asks Elasticsearch.
     */
    public static boolean mayShow(String type, long publicRecords) {
        return publicRecords > 0 || !isPersonType(type);
    }

    /**
     * Of these natural persons, those without a public record: not to be shown. Asks
     * Elasticsearch only when there are any, {@value #PER_SEARCH} a search, one search at a time
     * (a counterparty check may match thousands; the check's recall keeps to two lanes).
     */
    public static Future<Set<String>> hidden(Backend backend, Collection<String> persons) {
        List<String> distinct = persons.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Future.succeededFuture(Set.of());
        }
        return hiddenFrom(backend, distinct, 0, new HashSet<>()).map(Set::copyOf);
    }

    static final int PER_SEARCH = 1_000;

    private static Future<Set<String>> hiddenFrom(Backend backend, List<String> persons, int from, Set<String> into) {
        if (from >= persons.size()) {
            return Future.succeededFuture(into);
        }
        List<String> chunk = persons.subList(from, Math.min(persons.size(), from + PER_SEARCH));
        return hiddenAmong(backend, chunk).compose(hidden -> {
            into.addAll(hidden);
            return hiddenFrom(backend, persons, from + PER_SEARCH, into);
        });
    }

    private static Future<Set<String>> hiddenAmong(Backend backend, List<String> persons) {
        return Async.es(backend.metrics(), "search", backend.async().search(s -> s
                        .index(backend.names().records()).size(0).trackTotalHits(t -> t.enabled(false))
                        .query(q -> q.bool(b -> b.filter(Visibility.publicOnly())
                                .filter(Dsl.termsQuery("subjectKey", persons))))
                        .aggregations("shown", a -> a.terms(t -> t.field("subjectKey").size(persons.size()))),
                Void.class))
                .map((SearchResponse<Void> response) -> {
                    Set<String> hidden = new HashSet<>(persons);
                    for (StringTermsBucket bucket : CutShortAnswers.whole(response).aggregations().get("shown").sterms().buckets().array()) {
                        hidden.remove(bucket.key().stringValue());
                    }
                    return hidden;
                });
    }
}
