package org.xinyong.indexer.load;

/** Where rejected rows go, with the line, the original row, the field and a reason for a clerk. */
@FunctionalInterface
public interface RejectSink {
    void reject(long line, String originalRow, String field, String reason);
}
