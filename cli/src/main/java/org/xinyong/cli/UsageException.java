package org.xinyong.cli;

/** The command line is wrong; the message says how to write it. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
