package org.xinyong.indexer.load;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.core.publicity.PublicityRule;

/**
 * Applies status feeds (信用修复 → REPAIRED, 撤销 → REVOKED): finds the record by id, or by
 * document number and authority, and updates its status in place. The record stays in the index
 * for audit; the publicity filter hides it from every public endpoint from then on.
 */
final class StatusApplier {

    record Change(long line, String originalRow, String recordId, String documentNumber, String authority,
                  RecordStatus status, LocalDate date) {
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
        for (Change change : changes) {
            try {
                List<String> ids = resolve(change);
                if (ids.isEmpty()) {
                    refused.accept(change, change.recordId() != null
                            ? "找不到记录编号为 " + change.recordId() + " 的记录"
                            : "找不到文书号为 " + change.documentNumber() + "、机关为 " + change.authority() + " 的记录");
                    continue;
                }
                for (String id : ids) {
                    Map<String, Object> partial = new LinkedHashMap<>();
                    partial.put("status", change.status().name());
                    partial.put("statusDate", (change.date() != null ? change.date() : PublicityRule.today(clock)).toString());
                    partial.put("updatedAt", clock.instant().toString());
                    es.client().update(u -> u.index(index).id(id).doc(partial), JsonNode.class);
                }
                applied.accept(change);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<String> resolve(Change change) throws IOException {
        if (change.recordId() != null && !change.recordId().isBlank()) {
            boolean exists = es.client().exists(e -> e.index(index).id(change.recordId())).value();
            if (exists || change.documentNumber() == null || change.documentNumber().isBlank()) {
                return exists ? List.of(change.recordId()) : List.of();
            }
            // the authority may have been written differently when the record was loaded
        }
        SearchResponse<JsonNode> response = es.client().search(s -> s.index(index).size(10)
                .source(src -> src.fetch(false))
                .query(q -> q.bool(b -> {
                    b.filter(f -> f.term(t -> t.field("documentNumber").value(FieldValue.of(change.documentNumber()))));
                    if (change.authority() != null && !change.authority().isBlank()) {
                        b.filter(f -> f.bool(a -> a
                                .should(sh -> sh.term(t -> t.field("authority").value(change.authority())))
                                .should(sh -> sh.term(t -> t.field("authorityCode").value(change.authority())))
                                .minimumShouldMatch("1")));
                    }
                    return b;
                })), JsonNode.class);
        return response.hits().hits().stream().map(Hit::id).toList();
    }
}
