package org.xinyong.indexer.generate;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Where generated rows go: one file, written as rows arrive, never held in memory. */
interface RowSink extends Closeable {
    /** @param index the row's position in the file (0-based), for per-row formatting variety */
    void write(long index, List<String> cells) throws IOException;
}
