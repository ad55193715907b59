package org.xinyong.indexer.validate;

/** A cell value that cannot be used; the message says why, in Chinese, without the column name. */
public final class InvalidValueException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message, null, false, false);
    }
}
