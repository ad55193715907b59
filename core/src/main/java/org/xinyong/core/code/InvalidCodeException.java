package org.xinyong.core.code;

/**
 * A code (统一社会信用代码 or resident ID) that is malformed or fails its checksum. The message is
 * written for the person who typed or exported the code: it says what is wrong and what to check.
 */
public final class InvalidCodeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the code was refused; stable values that API problem types and reject files can use. */
    public enum Reason { EMPTY, LENGTH, CHARACTER, CHECKSUM, BIRTH_DATE }

    private final Reason reason;

    public InvalidCodeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
