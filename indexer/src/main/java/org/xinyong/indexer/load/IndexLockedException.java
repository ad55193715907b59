package org.xinyong.indexer.load;

/** Another indexer holds the lock; the message names it and until when. */
public final class IndexLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexLockedException(String holder) {
        super("another indexer is writing (" + holder + "); try again when it has finished");
    }
}
