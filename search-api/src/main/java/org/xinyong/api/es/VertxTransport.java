package org.xinyong.api.es;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;

/**
 * The Elasticsearch Java client's transport over {@link VertxHttpClient}. Serialising requests,
 * decoding answers and errors ({@code ElasticsearchException} with the status) stay the client's
 * own; only the HTTP exchange is ours. The answer is decoded where the response arrives, on the
 * caller's event loop, as the RestClient transport decoded it on its I/O thread.
 *
 * <p>Without the client's default OpenTelemetry instrumentation: we configure no OpenTelemetry
 * SDK, so its spans went nowhere, yet it URL-encoded every request's path and parameters for
 * them: 4 % of the API's CPU under load (JFR, 2026-11-26).
 */
final class VertxTransport extends ElasticsearchTransportBase {

    private final VertxHttpClient http;

    VertxTransport(VertxHttpClient http, JsonpMapper mapper) {
        super(http, null, mapper, NoopInstrumentation.INSTANCE);
        this.http = http;
    }

    /** The HTTP exchange underneath, for the searches that skip the transport's layers ({@link SearchAnswer}). */
    VertxHttpClient http() {
        return http;
    }
}
