package org.xinyong.es;

/**
 * The embedded server could not be started. The message is one line a user can act on (Java
 * missing, port taken, disk full, start timeout); {@link #logTail()} carries the server's own words.
 */
public final class EmbeddedEsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String logTail;

    public EmbeddedEsException(String message) {
        this(message, "");
    }

    public EmbeddedEsException(String message, String logTail) {
        super(message);
        this.logTail = logTail == null ? "" : logTail;
    }

    public String logTail() {
        return logTail;
    }
}
