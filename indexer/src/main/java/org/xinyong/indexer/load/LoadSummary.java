package org.xinyong.indexer.load;

/**
 * What a run did. {@code read == accepted() + rejected} always holds: every row read is either
 * accepted (new, updated, unchanged, or a status change applied) or rejected with a reason.
 */
public record LoadSummary(long read, long added, long updated, long unchanged, long statusChanges,
                          long rejected, long subjects) {

    public long accepted() {
        return added + updated + unchanged + statusChanges;
    }

    public String line() {
        return "read " + read + ", accepted " + accepted() + " (new " + added + ", updated " + updated
                + ", unchanged " + unchanged + (statusChanges > 0 ? ", status changes " + statusChanges : "")
                + "), rejected " + rejected + "; subjects written " + subjects;
    }
}
