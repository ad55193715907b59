package org.xinyong.api.grades;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.es.Visibility;
import org.xinyong.core.model.CreditRecord;

/**
 * The public records the grade model reads, for many subjects at once, paged with search_after.
 * Blocking (workers only). Licences and outside evaluations are not fetched: the model ignores them.
 */
public final class SubjectRecords {
    private static final int PAGE = 5_000;

    private SubjectRecords() {
    }

    public static Map<String, List<CreditRecord>> publicRecords(ElasticsearchClient client, IndexNames names, List<String> keys) {
        Map<String, List<CreditRecord>> out = new HashMap<>();
        for (int from = 0; from < keys.size(); from += 10_000) {
            List<FieldValue> chunk = keys.subList(from, Math.min(keys.size(), from + 10_000)).stream().map(FieldValue::of).toList();
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> cursor = after;
                SearchResponse<CreditRecord> page;
                try {
                    page = client.search(s -> {
                        s.index(names.records()).size(PAGE)
                                .source(src -> src.filter(f -> f.excludes("content", "legalBasis", "extra", "personIdHash")))
                                .query(q -> q.bool(b -> b.filter(Visibility.publicOnly())
                                        .filter(f -> f.terms(t -> t.field("subjectKey").terms(v -> v.value(chunk))))
                                        .filter(f -> f.terms(t -> t.field("kind").terms(v -> v.value(List.of(
                                                FieldValue.of("RED_LIST"), FieldValue.of("BLACK_LIST"), FieldValue.of("PENALTY"),
                                                FieldValue.of("COMMITMENT"), FieldValue.of("INSPECTION"))))))))
                                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                        if (cursor != null) {
                            s.searchAfter(cursor);
                        }
                        return s;
                    }, CreditRecord.class);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                List<Hit<CreditRecord>> hits = page.hits().hits();
                hits.forEach(h -> out.computeIfAbsent(h.source().subjectKey(), k -> new java.util.ArrayList<>()).add(h.source()));
                if (hits.size() < PAGE) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        }
        return out;
    }
}
