package org.xinyong.indexer.feed;

/**
 * A {@link FeedException} met while iterating {@link Feed#rows()} (a CSV quote left open at the end
 * of the file, bytes that stop decoding half-way, a worksheet cut off), which an {@link
 * java.util.Iterator} cannot declare. Catch it around the loop and report {@link #getCause()}.
 */
public final class UncheckedFeedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UncheckedFeedException(FeedException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized FeedException getCause() {
        return (FeedException) super.getCause();
    }
}
