package org.xinyong.indexer.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.xinyong.indexer.feed.FeedException;

/** Non-blank rows of a table with push-back, so the header search can look ahead one row. */
public final class RowSource implements Closeable {
    private final TableReader reader;
    private final Deque<RawRow> pushedBack = new ArrayDeque<>();

    public RowSource(TableReader reader) {
        this.reader = reader;
    }

    /** The next row with any non-blank cell, or null at the end. */
    public RawRow next() throws FeedException {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pop();
        }
        RawRow row;
        do {
            row = reader.next();
        } while (row != null && row.isBlank());
        return row;
    }

    public void pushBack(RawRow row) {
        pushedBack.push(row);
    }

    public TableReader reader() {
        return reader;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
