package org.xinyong.indexer.load;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.core.publicity.PublicityRule;

/**
 * Applies status feeds (信用修复 → REPAIRED, 撤销 → REVOKED): finds the record by id, or by
 * document number and authority, and updates its status in place. The record stays in the index
 * for audit; the publicity filter hides it from every public endpoint from then on.
 *
 * <p>Works in batches of {@value #BATCH} changes, three round trips each (an {@code _mget} of the
 * ids, an {@code _msearch} for the changes found by document number, one bulk of partial
 * updates), not two per change: a city's status feed has thousands of rows.
 */
final class StatusApplier {
    static final int BATCH = 500;

    record Change(long line, String originalRow, String recordId, String documentNumber, String authority,
                  RecordStatus status, LocalDate date) {
        boolean hasId() {
            return recordId != null && !recordId.isBlank();
        }

        boolean hasNumber() {
            return documentNumber != null && !documentNumber.isBlank();
        }
    }

    private final EsClients es;
    private final String index;
    private final Clock clock;

    StatusApplier(EsClients es, String index, Clock clock) {
        this.es = es;
        this.index = index;
        this.clock = clock;
    }

    void apply(List<Change> changes, Consumer<Change> applied, BiConsumer<Change, String> refused) {
        for (int from = 0; from < changes.size(); from += BATCH) {
            try {
                applyBatch(changes.subList(from, Math.min(changes.size(), from + BATCH)), applied, refused);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void applyBatch(List<Change> batch, Consumer<Change> applied, BiConsumer<Change, String> refused)
            throws IOException {
        Set<String> existing = existingIds(batch);
        // no id, or an id we do not have: the authority may have been written differently when
        // the record was loaded, so look for its document number
        List<Change> byNumber = batch.stream()
                .filter(c -> !(c.hasId() && existing.contains(c.recordId())) && c.hasNumber()).toList();
        Map<Change, List<String>> found = searchByNumber(byNumber);

        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        List<Change> owners = new ArrayList<>();   // the change each bulk item belongs to
        List<Change> resolved = new ArrayList<>();
        for (Change change : batch) {
            List<String> ids = change.hasId() && existing.contains(change.recordId()) ? List.of(change.recordId())
                    : found.getOrDefault(change, List.of());
            if (ids.isEmpty()) {
                refused.accept(change, change.hasId() && !change.hasNumber()
                        ? "找不到记录编号为 " + change.recordId() + " 的记录"
                        : "找不到文书号为 " + change.documentNumber() + "、机关为 " + change.authority() + " 的记录");
                continue;
            }
            Map<String, Object> partial = new LinkedHashMap<>();
            partial.put("status", change.status().name());
            partial.put("statusDate", (change.date() != null ? change.date() : PublicityRule.today(clock)).toString());
            partial.put("updatedAt", clock.instant().toString());
            for (String id : ids) {
                bulk.operations(op -> op.update(u -> u.id(id).action(a -> a.doc(partial))));
                owners.add(change);
            }
            resolved.add(change);
        }
        if (owners.isEmpty()) {
            return;
        }
        // items run in order, so two changes of one record in a batch end as the later one says
        BulkResponse response = es.client().bulk(bulk.build());
        Map<Change, String> failed = new HashMap<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).error() != null) {
                failed.putIfAbsent(owners.get(i), "记录状态未能更新（" + items.get(i).error().type() + "），请重新提交");
            }
        }
        for (Change change : resolved) {
            if (failed.containsKey(change)) {
                refused.accept(change, failed.get(change));
            } else {
                applied.accept(change);
            }
        }
    }

    private Set<String> existingIds(List<Change> batch) throws IOException {
        List<String> ids = batch.stream().filter(Change::hasId).map(Change::recordId).distinct().toList();
        Set<String> existing = new HashSet<>();
        if (ids.isEmpty()) {
            return existing;
        }
        MgetResponse<JsonNode> response = es.client().mget(m -> m.index(index).ids(ids).source(s -> s.fetch(false)),
                JsonNode.class);
        for (MultiGetResponseItem<JsonNode> item : response.docs()) {
            if (item.isResult() && item.result().found()) {
                existing.add(item.result().id());
            }
        }
        return existing;
    }

    private Map<Change, List<String>> searchByNumber(List<Change> changes) throws IOException {
        Map<Change, List<String>> found = new HashMap<>();
        if (changes.isEmpty()) {
            return found;
        }
        MsearchResponse<JsonNode> response = es.client().msearch(m -> {
            for (Change change : changes) {
                m.searches(s -> s.header(h -> h.index(index))
                        .body(b -> b.size(10).source(src -> src.fetch(false)).query(byNumber(change))));
            }
            return m;
        }, JsonNode.class);
        for (int i = 0; i < changes.size(); i++) {
            MultiSearchResponseItem<JsonNode> item = response.responses().get(i);
            if (item.isFailure()) {
                throw new IOException("searching the records by document number failed: " + item.failure().error().reason());
            }
            found.put(changes.get(i), item.result().hits().hits().stream().map(Hit::id).toList());
        }
        return found;
    }

    private static Query byNumber(Change change) {
        return Query.of(q -> q.bool(b -> {
            b.filter(f -> f.term(t -> t.field("documentNumber").value(FieldValue.of(change.documentNumber()))));
            if (change.authority() != null && !change.authority().isBlank()) {
                b.filter(f -> f.bool(a -> a
                        .should(sh -> sh.term(t -> t.field("authority").value(change.authority())))
                        .should(sh -> sh.term(t -> t.field("authorityCode").value(change.authority())))
                        .minimumShouldMatch("1")));
            }
            return b;
        }));
    }
}
