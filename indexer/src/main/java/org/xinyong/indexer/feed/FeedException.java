package org.xinyong.indexer.feed;

import java.nio.file.Path;

/**
 * A feed file that cannot be read at all: wrong format, truncated, undecodable, or a header that
 * matches no known layout. The message names the file and says, in Chinese, what to do about it;
 * callers print it as it is, without a stack trace.
 */
public final class FeedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public FeedException(Path file, String message) {
        super(prefix(file) + message);
        this.file = file;
    }

    public FeedException(Path file, String message, Throwable cause) {
        super(prefix(file) + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    private static String prefix(Path file) {
        return file == null ? "" : "文件 " + file.getFileName() + "：";
    }
}
