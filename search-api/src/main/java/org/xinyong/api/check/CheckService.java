package org.xinyong.api.check;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xinyong.api.Backend;
import org.xinyong.api.check.CheckResult.ListEntry;
import org.xinyong.api.check.CheckResult.Penalty;
import org.xinyong.api.es.CutShortAnswers;
import org.xinyong.api.es.Dsl;
import org.xinyong.api.support.Async;
import org.xinyong.api.support.PublicPersons;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.es.Visibility;
import org.xinyong.core.model.ListType;
import org.xinyong.api.search.SubjectQueries;
import org.xinyong.core.text.Names;

/**
 * Checks a batch of counterparties: recall from Elasticsearch (codes by one {@code _mget}, names by
 * {@code _msearch} batches), precision from {@link MatchScorer}, then the matched subjects' public
 * list entries and penalties in one query, and a verdict per entry.
 */
public final class CheckService {
    private static final int CANDIDATES = 5;
    private static final int MSEARCH_BATCH = 100;
    private static final int LANES = 2;
    private static final int ADVERSE_PAGE = 5_000;

    private final Backend backend;
    private final MatchScorer scorer = new MatchScorer();

    public CheckService(Backend backend) {
        this.backend = backend;
    }

    public Future<List<CheckResult>> check(List<CheckEntry> entries) {
        Map<Integer, List<Candidate>> candidates = new HashMap<>();
        entries.forEach(e -> candidates.put(e.index(), new ArrayList<>()));
        Recall recall = new Recall(candidates, new HashMap<>(), new HashMap<>());
        return byCode(entries, candidates)
                .compose(v -> byName(entries, recall, false, 0))
                // second pass, only for the names nothing matched well: the typo-tolerant query,
                // which touches many more documents, is paid for by few entries
                .compose(v -> byName(entries.stream().filter(e -> unmatched(e, candidates.get(e.index()))).toList(),
                        recall, true, 0))
                .compose(v -> {
                    Map<Integer, Best> best = new HashMap<>();
                    for (CheckEntry entry : entries) {
                        best.put(entry.index(), best(entry, candidates.get(entry.index())));
                    }
                    Set<String> keys = new LinkedHashSet<>();
                    best.values().stream().filter(b -> b.score != null && b.score.value() >= MatchScorer.REVIEW)
                            .forEach(b -> keys.add(b.candidate.key()));
                    return adverse(new ArrayList<>(keys), new HashMap<>(), null).map(records -> {
                        List<CheckResult> results = new ArrayList<>(entries.size());
                        for (CheckEntry entry : entries) {
                            Best b = best.get(entry.index());
                            AdverseRecords r = b.candidate == null ? AdverseRecords.NONE
                                    : records.getOrDefault(b.candidate.key(), AdverseRecords.NONE);
                            boolean invalidCode = !entry.code().isBlank() && CreditCode.tryParse(entry.code()).isEmpty();
                            results.add(Verdicts.decide(entry, b.candidate, b.score, b.tied, r.lists, r.penalties, invalidCode));
                        }
                        return results;
                    });
                });
    }

    /**
     * What the name recall has found so far: each entry's candidates (by entry index), what was
     * learnt about the natural persons among them (key → hidden: no public record,
     * {@link PublicPersons}), and the hidden ones each entry's next recall must pass over.
     */
    private record Recall(Map<Integer, List<Candidate>> candidates, Map<String, Boolean> personsKnown,
                          Map<Integer, Set<String>> passedOver) {
    }

    /**
     * After this many recalls of a name past namesakes without a public record, the check settles
     * for what it has: {@value #CANDIDATES} candidates a recall, so up to twenty such namesakes
     * are passed over for a name.
     */
    private static final int MORE_RECALLS = 3;

    /**
     * Recalls candidates for the named entries, drops the natural persons without a public record
     * (no one to match: {@link PublicPersons}), and recalls again, past those, the names that lost
     * any: five namesakes without a public record must not crowd out a sixth who has one (the
     * check said CLEAR for a name whose public namesake it never saw).
     */
    private Future<Void> byName(List<CheckEntry> entries, Recall recall, boolean typos, int round) {
        return byNameInParallel(entries, recall, typos)
                .compose(v -> withoutHiddenPersons(recall))
                .compose(lost -> {
                    List<CheckEntry> again = entries.stream().filter(e -> lost.contains(e.index())).toList();
                    return again.isEmpty() || round >= MORE_RECALLS ? Future.succeededFuture()
                            : byName(again, recall, typos, round + 1);
                });
    }

    /**
     * Drops the natural persons without a public record from every entry's candidates, remembering
     * them as passed over for that entry. What was learnt about a person is kept and not asked again.
     *
     * @return the indexes of the entries that lost a candidate
     */
    private Future<Set<Integer>> withoutHiddenPersons(Recall recall) {
        Map<String, Boolean> known = recall.personsKnown();
        List<String> unknown = recall.candidates().values().stream().flatMap(List::stream).filter(Candidate::person)
                .map(Candidate::key).filter(key -> !known.containsKey(key)).distinct().toList();
        return PublicPersons.hidden(backend, unknown).map(hidden -> {
            unknown.forEach(key -> known.put(key, hidden.contains(key)));
            Set<Integer> lost = new HashSet<>();
            recall.candidates().forEach((entry, list) -> list.removeIf(c -> {
                boolean drop = known.getOrDefault(c.key(), false);
                if (drop) {
                    recall.passedOver().computeIfAbsent(entry, e -> new HashSet<>()).add(c.key());
                    lost.add(entry);
                }
                return drop;
            }));
            return lost;
        });
    }

    /** The best candidate, and how many others score as well (same name, different subjects). */
    private record Best(Candidate candidate, MatchScorer.Score score, int tied) {
    }

    private Best best(CheckEntry entry, List<Candidate> candidates) {
        Candidate bestCandidate = null;
        MatchScorer.Score bestScore = null;
        List<MatchScorer.Score> scores = new ArrayList<>();
        for (Candidate c : candidates) {
            MatchScorer.Score s = scorer.score(entry, c);
            scores.add(s);
            if (bestScore == null || s.value() > bestScore.value()) {
                bestCandidate = c;
                bestScore = s;
            }
        }
        double top = bestScore == null ? 0 : bestScore.value();
        int tied = (int) scores.stream().filter(s -> top >= MatchScorer.REVIEW && s.value() >= top - 0.02).count() - 1;
        return new Best(bestCandidate, bestScore, Math.max(0, tied));
    }

    /** Valid codes are document ids in the subjects index: one multi-get answers all of them. */
    private Future<Void> byCode(List<CheckEntry> entries, Map<Integer, List<Candidate>> candidates) {
        Map<String, List<Integer>> byCode = new HashMap<>();
        for (CheckEntry e : entries) {
            CreditCode.tryParse(e.code()).ifPresent(c -> byCode.computeIfAbsent(c.value(), k -> new ArrayList<>()).add(e.index()));
        }
        if (byCode.isEmpty()) {
            return Future.succeededFuture();
        }
        return Async.es(backend.metrics(), "mget", backend.async().mget(m -> m.index(backend.names().subjects())
                        .ids(new ArrayList<>(byCode.keySet()))
                        .sourceIncludes("key", "name", "formerNames", "creditCode", "type"), JsonNode.class))
                .map((MgetResponse<JsonNode> response) -> {
                    response.docs().forEach(item -> {
                        if (!item.isResult()) {
                            // a code not looked up is not a code not found: no verdict from it
                            throw CutShortAnswers.cutShort();
                        }
                        if (item.result().found()) {
                            Candidate c = candidate(item.result().source());
                            byCode.getOrDefault(item.result().id(), List.of()).forEach(i -> candidates.get(i).add(c));
                        }
                    });
                    return null;
                });
    }

    /**
     * Name recall in {@code _msearch} batches, {@value #LANES} in flight (as many as the server has
     * search threads to spare on two cores), each lane taking every LANES-th batch in turn.
     */
    private Future<Void> byNameInParallel(List<CheckEntry> entries, Recall recall, boolean typos) {
        List<CheckEntry> named = entries.stream().filter(e -> !e.name().isBlank()).toList();
        List<Future<Void>> lanes = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
            lanes.add(batchesFrom(named, recall, lane * MSEARCH_BATCH, typos));
        }
        return Future.all(lanes).mapEmpty();
    }

    private boolean unmatched(CheckEntry entry, List<Candidate> candidates) {
        return candidates.stream().noneMatch(c -> scorer.score(entry, c).value() >= MatchScorer.REVIEW);
    }

    private Future<Void> batchesFrom(List<CheckEntry> named, Recall recall, int from, boolean typos) {
        if (from >= named.size()) {
            return Future.succeededFuture();
        }
        List<CheckEntry> batch = named.subList(from, Math.min(named.size(), from + MSEARCH_BATCH));
        List<RequestItem> searches = new ArrayList<>(batch.size());
        for (CheckEntry e : batch) {
            searches.add(RequestItem.of(r -> r.header(h -> h.index(backend.names().subjects()))
                    .body(b -> b.size(CANDIDATES).query(passingOver(nameQuery(e.name(), typos),
                                    recall.passedOver().getOrDefault(e.index(), Set.of())))
                            .source(s -> s.filter(f -> f.includes("key", "name", "formerNames", "creditCode", "type"))))));
        }
        return Async.es(backend.metrics(), "msearch", backend.async().msearch(m -> m.searches(searches), JsonNode.class))
                .compose((MsearchResponse<JsonNode> response) -> {
                    for (int i = 0; i < batch.size(); i++) {
                        MultiSearchResponseItem<JsonNode> item = response.responses().get(i);
                        if (!item.isResult()) {
                            // a name not searched (the search queue full) is not a name not found:
                            // no silent CLEAR, the whole check is to be retried
                            throw CutShortAnswers.cutShort();
                        }
                        List<Candidate> list = recall.candidates().get(batch.get(i).index());
                        for (Hit<JsonNode> hit : CutShortAnswers.whole(item.result()).hits().hits()) {
                            Candidate c = candidate(hit.source());
                            if (list.stream().noneMatch(x -> x.key().equals(c.key()))) {
                                list.add(c);
                            }
                        }
                    }
                    return batchesFrom(named, recall, from + LANES * MSEARCH_BATCH, typos);
                });
    }

    /** {@code query}, but not the subjects {@code passedOver} names (their keys are their ids). */
    private static Query passingOver(Query query, Set<String> passedOver) {
        return passedOver.isEmpty() ? query
                : Query.of(q -> q.bool(b -> b.must(query).mustNot(n -> n.ids(i -> i.values(List.copyOf(passedOver))))));
    }

    static Query nameQuery(String name, boolean typos) {
        String core = Names.coreName(name);
        if (typos) {
            return SubjectQueries.typoQuery(core);
        }
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.match(m -> m.field("name.exact").query(name).boost(10f)))
                .should(s -> s.match(m -> m.field("formerNames.exact").query(name).boost(6f)))
                .should(s -> s.match(m -> m.field("coreName.exact").query(core).boost(8f)))
                // the analyzer turns the core name into pinyin: homophones meet here
                .should(s -> s.match(m -> m.field("coreName.pinyin_full").query(core).boost(4f)))
                .minimumShouldMatch("1")));
    }

    private static Candidate candidate(JsonNode source) {
        List<String> former = new ArrayList<>();
        source.path("formerNames").forEach(n -> former.add(n.asText()));
        return new Candidate(source.path("key").asText(), source.path("name").asText(), former,
                source.hasNonNull("creditCode") ? source.get("creditCode").asText() : null,
                PublicPersons.isPersonType(source.path("type").asText()));
    }

    private record AdverseRecords(List<ListEntry> lists, List<Penalty> penalties) {
        static final AdverseRecords NONE = new AdverseRecords(List.of(), List.of());
    }

    /** The public list entries and penalties of the matched subjects, paged with search_after. */
    private Future<Map<String, AdverseRecords>> adverse(List<String> keys, Map<String, AdverseRecords> into,
                                                       List<FieldValue> after) {
        if (keys.isEmpty()) {
            return Future.succeededFuture(into);
        }
        return Async.es(backend.metrics(), "search", backend.async().search(s -> {
            s.index(backend.names().records()).size(ADVERSE_PAGE)
                    .source(src -> src.filter(f -> f.includes("subjectKey", "kind", "listType", "decisionDate",
                            "authority", "documentNumber", "tier", "category")))
                    .query(q -> q.bool(b -> b.filter(Visibility.publicOnly())
                            .filter(Dsl.termsQuery("subjectKey", keys))
                            .filter(Dsl.termsQuery("kind", List.of("RED_LIST", "BLACK_LIST", "PENALTY")))))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            Optional.ofNullable(after).ifPresent(s::searchAfter);
            return s;
        }, JsonNode.class)).compose((SearchResponse<JsonNode> response) -> {
            List<Hit<JsonNode>> hits = CutShortAnswers.whole(response).hits().hits();
            for (Hit<JsonNode> hit : hits) {
                JsonNode r = hit.source();
                String key = r.path("subjectKey").asText();
                AdverseRecords current = into.computeIfAbsent(key, k -> new AdverseRecords(new ArrayList<>(), new ArrayList<>()));
                if ("PENALTY".equals(r.path("kind").asText())) {
                    current.penalties.add(new Penalty(r.path("documentNumber").asText(null), r.path("decisionDate").asText(null),
                            r.path("tier").asText(null), r.path("authority").asText(null), r.path("category").asText(null)));
                } else if (r.hasNonNull("listType")) {
                    ListType type = ListType.valueOf(r.get("listType").asText());
                    current.lists.add(new ListEntry(type.name(), type.label(), type.kind().name(),
                            r.path("decisionDate").asText(null), r.path("authority").asText(null)));
                }
            }
            if (hits.size() == ADVERSE_PAGE) {
                return adverse(keys, into, hits.get(hits.size() - 1).sort());
            }
            return Future.succeededFuture(into);
        });
    }
}
