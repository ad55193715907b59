package org.xinyong.indexer.feed;

import java.time.LocalDate;
import java.util.Objects;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.core.model.Subject;

/**
 * One data row of a feed, after validation: a record with its subject, a rejection with a reason
 * for the clerk, or a status change for a record loaded earlier. Every non-blank data row yields
 * exactly one of these, so rows read = accepted + rejected + status changes.
 */
public sealed interface ParsedRow {

    /** The row's line as the department sees it: the spreadsheet row number (header = its own row). */
    long line();

    /** A valid row: the record to index and the subject it is about. */
    record Accepted(long line, CreditRecord record, Subject subject) implements ParsedRow {
        public Accepted {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(subject, "subject");
        }
    }

    /**
     * A row that cannot be loaded.
     *
     * @param originalRow the row as read: the cells re-encoded as one CSV line (RFC 4180 quoting),
     *     or the raw line of a JSON Lines file
     * @param field the column(s) at fault, as headed in the file; several are joined by "；"
     * @param reason what is wrong and what to check, in Chinese, for the department's clerk
     */
    record Rejected(long line, String originalRow, String field, String reason) implements ParsedRow {
        public Rejected {
            Objects.requireNonNull(originalRow, "originalRow");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(reason, "reason");
        }

        /** Without the original row, which may hold a person's ID: safe to log. */
        @Override
        public String toString() {
            return "Rejected[line=" + line + ", field=" + field + ", reason=" + reason + "]";
        }
    }

    /**
     * A new status for a record loaded earlier.
     *
     * @param recordId the record's id: as given, or computed from kind + document number + authority
     *     exactly as the record's own id was, so the loader can update by id; never null (rows of
     *     other kinds must give the id)
     * @param kind the kind of record named (行政处罚 unless the row says otherwise)
     * @param originalRow the row as read (one CSV line), for the rejects file when the loader cannot
     *     find the record
     * @param documentNumber and {@code authority}: as the row gives them (null when only an id is given),
     *     for a fallback lookup when the authority was written differently at load time
     */
    record StatusChange(long line, String originalRow, String recordId, RecordKind kind, String documentNumber,
                        String authority, RecordStatus status, LocalDate date) implements ParsedRow {
        public StatusChange {
            Objects.requireNonNull(originalRow, "originalRow");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(date, "date");
        }

        /** Without the original row: safe to log. */
        @Override
        public String toString() {
            return "StatusChange[line=" + line + ", recordId=" + recordId + ", kind=" + kind + ", documentNumber="
                    + documentNumber + ", authority=" + authority + ", status=" + status + ", date=" + date + "]";
        }
    }
}
