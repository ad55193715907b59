package org.xinyong.api.http;

/**
 * A failure the caller can act on, answered as {@code application/problem+json} (RFC 9457) with a
 * stable {@code type}: clients branch on the type, people read the title and detail.
 */
public final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String TYPE_BASE = "https://xinyong.example/problems/";

    private final int status;
    private final String type;
    private final String title;
    private final Long retryAfterSeconds;
    private final java.util.Map<String, String> extensions = new java.util.LinkedHashMap<>();

    private Problem(int status, String type, String title, String detail, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static Problem badRequest(String type, String title, String detail) {
        return new Problem(400, type, title, detail, null);
    }

    public static Problem notFound(String type, String title, String detail) {
        return new Problem(404, type, title, detail, null);
    }

    public static Problem of(int status, String type, String title, String detail) {
        return new Problem(status, type, title, detail, null);
    }

    public static Problem retryLater(int status, String type, String title, String detail, long retryAfterSeconds) {
        return new Problem(status, type, title, detail, retryAfterSeconds);
    }

    /**
     * A machine-readable member of the problem (RFC 9457 extension), e.g. the {@code field} at fault
     * or the date from which something becomes possible, so clients need not parse the detail.
     */
    public Problem with(String name, String value) {
        extensions.put(name, value);
        return this;
    }

    public java.util.Map<String, String> extensions() {
        return java.util.Collections.unmodifiableMap(extensions);
    }

    public int status() {
        return status;
    }

    /** The short type name, e.g. {@code invalid-code}; the URI is {@link #TYPE_BASE} + it. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
