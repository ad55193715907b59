package org.xinyong.core.workflow;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.RecordStatus;

/**
 * The replayable state of the journal: records added online and the field overrides decided
 * online, in journal order. The indexer applies it to every record it writes, and adds the online
 * records to every rebuild, so department reloads and rebuilds keep what was decided online.
 */
public final class Journal {
    private final Map<String, JournalEntry> added = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> overrides = new HashMap<>();

    private static final String MAPPING = """
            {"dynamic": false, "properties": {
              "id": {"type": "keyword"}, "type": {"type": "keyword"}, "recordId": {"type": "keyword"},
              "at": {"type": "date"}, "by": {"type": "keyword"}}}
            """;

    /** Creates the journal index (strictly append-only by use: entries are created, never changed). */
    public static void ensureIndex(ElasticsearchClient client, IndexNames names) {
        org.xinyong.core.es.PlainIndexes.ensure(client, names.journal(), MAPPING);
    }

    /** A unique id that sorts in time order, so replay order is the order decisions were made. */
    public static String newId(java.time.Instant at) {
        return String.format("%013d-%08x", at.toEpochMilli(), java.util.concurrent.ThreadLocalRandom.current().nextInt());
    }

    public static Journal empty() {
        return new Journal();
    }

    /** Reads the whole journal (it is small: one entry per online decision), oldest first. */
    public static Journal load(ElasticsearchClient client, IndexNames names) {
        Journal journal = new Journal();
        try {
            if (!client.indices().exists(e -> e.index(names.journal())).value()) {
                return journal;
            }
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<JournalEntry> page = client.search(s -> {
                    s.index(names.journal()).size(1_000).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, JournalEntry.class);
                List<Hit<JournalEntry>> hits = page.hits().hits();
                hits.forEach(h -> journal.add(h.source()));
                if (hits.size() < 1_000) {
                    return journal;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + names.journal(), e);
        }
    }

    /**
     * Entries made at or after {@code since}: a rebuild re-applies them after its swap, because
     * a decision taken while it was loading went to the old index only.
     */
    public static List<JournalEntry> since(ElasticsearchClient client, IndexNames names, java.time.Instant since) {
        try {
            if (!client.indices().exists(e -> e.index(names.journal())).value()) {
                return List.of();
            }
            client.indices().refresh(r -> r.index(names.journal()));
            SearchResponse<JournalEntry> page = client.search(s -> s.index(names.journal()).size(10_000)
                    .query(q -> q.range(r -> r.untyped(u -> u.field("at").gte(co.elastic.clients.json.JsonData.of(since.toString())))))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), JournalEntry.class);
            return page.hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + names.journal(), e);
        }
    }

    public void add(JournalEntry entry) {
        if (entry.type() == JournalEntry.Type.ADD) {
            added.put(entry.recordId(), entry);
        } else {
            overrides.computeIfAbsent(entry.recordId(), k -> new HashMap<>()).putAll(entry.changes());
        }
    }

    /** Records created online, each with its subject, to add to a rebuild. */
    public List<JournalEntry> added() {
        return new ArrayList<>(added.values());
    }

    public boolean isEmpty() {
        return added.isEmpty() && overrides.isEmpty();
    }

    /** The record with the online decisions about it applied (or unchanged if there are none). */
    public CreditRecord apply(CreditRecord record) {
        Map<String, String> changes = overrides.get(record.id());
        if (changes == null) {
            return record;
        }
        CreditRecord.Builder b = record.toBuilder();
        changes.forEach((field, value) -> {
            switch (field) {
                case "status" -> b.status(RecordStatus.valueOf(value));
                case "statusDate" -> b.statusDate(LocalDate.parse(value));
                case "fulfilment" -> b.fulfilment(value);
                default -> throw new IllegalStateException("journal field " + field + " is not replayable");
            }
        });
        return b.build();
    }
}
