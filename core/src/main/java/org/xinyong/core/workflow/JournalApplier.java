package org.xinyong.core.workflow;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.xinyong.core.es.Freshness;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.model.Subject;

/**
 * Records a journal entry and applies it to the live indexes, in that order: the journal is the
 * durable truth (a later rebuild replays it), the live index is what users see now. Both writes
 * wait for refresh and the data generation is bumped, so caches drop their answers and the change
 * is visible to search, lists, checks, files and reports within a second.
 */
public final class JournalApplier {
    private JournalApplier() {
    }

    /** Blocking: call from a worker thread, never an event loop. Returns the new data generation. */
    public static Freshness record(ElasticsearchClient client, IndexNames names, JournalEntry entry, Instant now) {
        try {
            client.create(c -> c.index(names.journal()).id(entry.id()).document(entry).refresh(Refresh.WaitFor));
            applyLive(client, names, entry);
            return Freshness.bump(client, names, now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies an entry to the indexes behind the read aliases (also used after a rebuild's swap). */
    public static void applyLive(ElasticsearchClient client, IndexNames names, JournalEntry entry) throws IOException {
        if (entry.type() == JournalEntry.Type.ADD) {
            client.index(i -> i.index(names.records()).id(entry.recordId()).document(entry.record()).refresh(Refresh.WaitFor));
            Subject subject = entry.subject();
            if (subject != null && !client.exists(e -> e.index(names.subjects()).id(subject.key())).value()) {
                client.index(i -> i.index(names.subjects()).id(subject.key()).document(subject).refresh(Refresh.WaitFor));
            }
        } else {
            client.update(u -> u.index(names.records()).id(entry.recordId()).doc(entry.changes()).refresh(Refresh.WaitFor),
                    JsonNode.class);
        }
    }
}
