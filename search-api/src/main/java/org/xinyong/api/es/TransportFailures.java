package org.xinyong.api.es;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * Vert.x failures as the JDK exceptions the rest of the API knows (and {@code ProblemResponder}
 * answers with 503), so nothing outside this package depends on which HTTP client is underneath.
 * <ul>
 *   <li>refused or timed-out connects are {@link java.net.ConnectException}s already (Netty's);</li>
 *   <li>a request without an answer for too long is a {@link TimeoutException} already;</li>
 *   <li>a connection Elasticsearch closed mid-request becomes a {@link SocketException}.</li>
 * </ul>
 */
final class TransportFailures {
    private TransportFailures() {
    }

    static Throwable translate(Throwable failure) {
        if (failure instanceof HttpClosedException) {
            SocketException closed = new SocketException("Elasticsearch closed the connection");
            closed.initCause(failure);
            return closed;
        }
        return failure;
    }

    /** For the blocking client, whose methods throw {@link IOException}s. */
    static IOException asIOException(Throwable failure) {
        Throwable translated = translate(failure);
        if (translated instanceof IOException io) {
            return io;
        }
        IOException io = translated instanceof TimeoutException
                ? new SocketTimeoutException(translated.getMessage())
                : new IOException(translated.toString());
        io.initCause(translated);
        return io;
    }
}
