package org.xinyong.indexer.run;

/** Receives progress of an indexing run; the CLI draws a bar on a terminal or logs lines. */
public interface Progress {

    /** A file starts; {@code expectedRows} is -1 when it cannot be known cheaply (xlsx). */
    void fileStarted(String file, long expectedRows);

    /** Called every few hundred rows with the rows read so far in the current file. */
    void rows(long rowsInFile);

    void fileFinished(String file, long rowsInFile, long rejectedInFile);

    Progress NONE = new Progress() {
        @Override
        public void fileStarted(String file, long expectedRows) {
        }

        @Override
        public void rows(long rowsInFile) {
        }

        @Override
        public void fileFinished(String file, long rowsInFile, long rejectedInFile) {
        }
    };
}
