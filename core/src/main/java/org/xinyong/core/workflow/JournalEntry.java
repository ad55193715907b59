package org.xinyong.core.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.Subject;

/**
 * One change made through the API rather than by a department feed.
 *
 * <ul>
 *   <li>{@code ADD}: a record created online (a commitment), with its subject;
 *   <li>{@code UPDATE}: fields of an existing record changed by a decision (status REPAIRED on an
 *       approved repair; fulfilment recorded by an authority). Only the fields in {@link #FIELDS}.
 * </ul>
 *
 * @param id unique, time-ordered; later entries win over earlier ones for the same record
 * @param by the caller who made it (for audit)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(String id, Type type, String recordId, CreditRecord record, Subject subject,
                           Map<String, String> changes, Instant at, String by, String reason) {

    public enum Type { ADD, UPDATE }

    /** The fields an UPDATE may change; anything else in a record only a department feed changes. */
    public static final java.util.Set<String> FIELDS = java.util.Set.of("status", "statusDate", "fulfilment");

    public JournalEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recordId, "recordId");
        if (type == Type.ADD && record == null) {
            throw new IllegalArgumentException("an ADD entry carries the record");
        }
        if (type == Type.UPDATE && (changes == null || !FIELDS.containsAll(changes.keySet()))) {
            throw new IllegalArgumentException("an UPDATE changes only " + FIELDS + ", was " + changes);
        }
        changes = changes == null ? Map.of() : Map.copyOf(changes);
    }
}
