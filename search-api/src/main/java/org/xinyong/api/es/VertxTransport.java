package org.xinyong.api.es;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransportBase;

/**
 * The Elasticsearch Java client's transport over {@link VertxHttpClient}. Serialising requests,
 * decoding answers and errors ({@code ElasticsearchException} with the status) stay the client's
 * own; only the HTTP exchange is ours. The answer is decoded where the response arrives, on the
 * caller's event loop, as the RestClient transport decoded it on its I/O thread.
 */
final class VertxTransport extends ElasticsearchTransportBase {

    VertxTransport(VertxHttpClient http, JsonpMapper mapper) {
        super(http, null, mapper);
    }
}
