package org.xinyong.indexer.load;

import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.core.model.Subject;
import org.xinyong.core.workflow.Journal;
import org.xinyong.indexer.load.SubjectMerger.Merged;

/**
 * Loads accepted rows into the records and subjects indexes and applies status changes.
 *
 * <p>In place (daily feeds), each batch first asks which ids exist and with what content hash, so
 * a re-loaded file is recognised as unchanged and writes nothing, and a corrected row updates its
 * document. In a rebuild the target indexes are new and empty, so rows are written straight
 * through and subjects are merged in memory and written at the end.
 */
public final class RecordLoader implements AutoCloseable {

    public enum Mode { IN_PLACE, REBUILD }

    /** Tuned on the 2-core benchmark machine: see BENCHMARKS.md. */
    public record Options(int batchDocs, int batchBytes, int concurrency) {
        public static Options defaults() {
            return new Options(2_000, 8 << 20, 2);
        }
    }

    private record Pending(long line, String originalRow, CreditRecord record, Subject subject) {
    }

    private record StatusRequest(long line, String originalRow, String recordId, String documentNumber,
                                 String authority, RecordStatus status, LocalDate date) {
    }

    private static final int CHECK_BATCH = 1_000;

    private final Journal journal;
    private final Mode mode;
    private final EsClients es;
    private final ObjectMapper mapper;
    private final String recordsIndex;
    private final String subjectsIndex;
    private final RejectSink rejects;
    private final Clock clock;
    private final BulkWriter writer;
    private final List<Pending> batch = new ArrayList<>();
    private final Map<String, Merged> subjects = new HashMap<>();
    private final Map<Long, Integer> rebuildSeen = new HashMap<>();
    private final List<StatusRequest> statusRequests = new ArrayList<>();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private long added;
    private long updated;
    private long unchanged;
    private long statusChanges;
    private long subjectsWritten;

    public RecordLoader(Mode mode, EsClients es, ObjectMapper mapper, String recordsIndex, String subjectsIndex,
                        Options options, RejectSink rejects, Clock clock) {
        this(mode, es, mapper, recordsIndex, subjectsIndex, options, rejects, clock, Journal.empty());
    }

    /**
     * @param journal decisions made online (repairs, fulfilment): applied to every record written,
     *     so a department reload never undoes them
     */
    public RecordLoader(Mode mode, EsClients es, ObjectMapper mapper, String recordsIndex, String subjectsIndex,
                        Options options, RejectSink rejects, Clock clock, Journal journal) {
        this.journal = journal;
        this.mode = mode;
        this.es = es;
        this.mapper = mapper;
        this.recordsIndex = recordsIndex;
        this.subjectsIndex = subjectsIndex;
        this.rejects = rejects;
        this.clock = clock;
        this.writer = new BulkWriter(es.rest(), mapper, options.batchDocs(), options.batchBytes(), options.concurrency(),
                failure -> {
                    // the server refused a document: it was counted as accepted, it is not
                    Pending p = failure.tag() instanceof Pending pending ? pending : null;
                    rejected.incrementAndGet();
                    rejects.reject(p == null ? 0 : p.line(), p == null ? "" : p.originalRow(), "",
                            "Elasticsearch 拒绝了该记录: " + failure.reason());
                });
    }

    /** Rows read so far, for progress display. */
    public long rowsRead() {
        return read.get();
    }

    public void accept(long line, String originalRow, CreditRecord record, Subject subject) {
        read.incrementAndGet();
        Pending pending = new Pending(line, originalRow, journal.apply(record), subject);
        if (mode == Mode.REBUILD) {
            writeRebuild(pending);
        } else {
            batch.add(pending);
            if (batch.size() >= CHECK_BATCH) {
                flushInPlace();
            }
        }
    }

    public void reject(long line, String originalRow, String field, String reason) {
        read.incrementAndGet();
        rejected.incrementAndGet();
        rejects.reject(line, originalRow, field, reason);
    }

    /** A status change naming a record by id, or by document number and authority. */
    public void statusChange(long line, String originalRow, String recordId, String documentNumber, String authority,
                             RecordStatus status, LocalDate date) {
        read.incrementAndGet();
        statusRequests.add(new StatusRequest(line, originalRow, recordId, documentNumber, authority, status, date));
    }

    private void writeRebuild(Pending p) {
        long key = Long.parseUnsignedLong(p.record().id().substring(0, 15), 16);
        Integer previous = rebuildSeen.put(key, p.record().contentHash() == null ? 0 : p.record().contentHash().hashCode());
        if (previous == null) {
            added++;
        } else if (previous == (p.record().contentHash() == null ? 0 : p.record().contentHash().hashCode())) {
            unchanged++;
            mergeSubject(p);
            return;
        } else {
            updated++;
        }
        writer.index(recordsIndex, p.record().id(), stamped(p.record()), p);
        mergeSubject(p);
    }

    private void mergeSubject(Pending p) {
        if (p.subject() != null) {
            subjects.merge(p.subject().key(), new Merged(p.subject(), p.record().decisionDate()),
                    (known, incoming) -> SubjectMerger.merge(known, incoming.subject(), incoming.lastSeen()));
        }
    }

    private void flushInPlace() {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, String> hashes = existingHashes(batch.stream().map(p -> p.record().id()).distinct().toList());
        Map<String, Merged> knownSubjects = existingSubjects(batch.stream()
                .filter(p -> p.subject() != null).map(p -> p.subject().key()).distinct().toList());
        Map<String, Merged> touched = new LinkedHashMap<>();
        for (Pending p : batch) {
            String id = p.record().id();
            String hash = p.record().contentHash();
            if (!hashes.containsKey(id)) {
                added++;
            } else if (hash != null && hash.equals(hashes.get(id))) {
                unchanged++;
            } else {
                updated++;
            }
            if (!hashes.containsKey(id) || hash == null || !hash.equals(hashes.get(id))) {
                writer.index(recordsIndex, id, stamped(p.record()), p);
                hashes.put(id, hash);
            }
            if (p.subject() != null) {
                String key = p.subject().key();
                Merged base = touched.containsKey(key) ? touched.get(key) : knownSubjects.get(key);
                touched.put(key, SubjectMerger.merge(base, p.subject(), p.record().decisionDate()));
            }
        }
        touched.forEach((key, merged) -> {
            if (!merged.sameAs(knownSubjects.get(key))) {
                writeSubject(merged.subject());
            }
        });
        batch.clear();
    }

    private Map<String, String> existingHashes(List<String> ids) {
        Map<String, String> out = new HashMap<>();
        try {
            MgetResponse<JsonNode> response = es.client().mget(m -> m.index(recordsIndex).ids(ids)
                    .sourceIncludes("contentHash"), JsonNode.class);
            for (MultiGetResponseItem<JsonNode> item : response.docs()) {
                if (item.isResult() && item.result().found()) {
                    JsonNode h = item.result().source().get("contentHash");
                    out.put(item.result().id(), h == null ? "" : h.asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private Map<String, Merged> existingSubjects(List<String> keys) {
        Map<String, Merged> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        try {
            MgetResponse<Subject> response = es.client().mget(m -> m.index(subjectsIndex).ids(keys), Subject.class);
            for (MultiGetResponseItem<Subject> item : response.docs()) {
                if (item.isResult() && item.result().found()) {
                    out.put(item.result().id(), new Merged(item.result().source(), null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private CreditRecord stamped(CreditRecord record) {
        return record.updatedAt() != null ? record : record.toBuilder().updatedAt(clock.instant()).build();
    }

    private void writeSubject(Subject s) {
        Subject stamped = new Subject(s.key(), s.type(), s.name(), s.formerNames(), s.coreName(), s.creditCode(),
                s.personIdHash(), s.personIdMasked(), s.legalRepresentative(), s.region(), s.address(), s.entityType(),
                s.registrationDate(), s.registrationStatus(), clock.instant());
        writer.index(subjectsIndex, s.key(), stamped, null);
        subjectsWritten++;
    }

    /**
     * Rebuilds only: adds the records created online (commitments), so a rebuild from department
     * files keeps them. They are not rows of any file, so the summary does not count them.
     */
    public int addJournalRecords() {
        if (mode != Mode.REBUILD) {
            throw new IllegalStateException("online records are already in the live index; only a rebuild re-adds them");
        }
        long a = added;
        long u = updated;
        long un = unchanged;
        int n = 0;
        for (org.xinyong.core.workflow.JournalEntry entry : journal.added()) {
            accept(0, "", entry.record(), entry.subject());
            read.decrementAndGet();
            n++;
        }
        added = a;
        updated = u;
        unchanged = un;
        return n;
    }

    /** A file ends: its batch and in-flight writes complete, so refusals are reported against it. */
    public void endFile() {
        flushInPlace();
        writer.flush();
    }

    /** Writes what is pending, applies status changes, makes everything searchable, and reports. */
    public LoadSummary finish() {
        flushInPlace();
        if (mode == Mode.REBUILD) {
            subjects.values().forEach(m -> writeSubject(m.subject()));
            subjects.clear();
        }
        writer.flush();
        refresh();
        if (!statusRequests.isEmpty()) {
            new StatusApplier(es, recordsIndex, clock).apply(statusRequests.stream()
                            .map(r -> new StatusApplier.Change(r.line(), r.originalRow(), r.recordId(), r.documentNumber(),
                                    r.authority(), r.status(), r.date())).toList(),
                    applied -> statusChanges++,
                    (change, reason) -> {
                        rejected.incrementAndGet();
                        rejects.reject(change.line(), change.originalRow(), "记录", reason);
                    });
            statusRequests.clear();
            refresh();
        }
        return new LoadSummary(read.get(), added, updated, unchanged, statusChanges, rejected.get(), subjectsWritten);
    }

    private void refresh() {
        try {
            es.client().indices().refresh(r -> r.index(recordsIndex, subjectsIndex));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        writer.close();
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
