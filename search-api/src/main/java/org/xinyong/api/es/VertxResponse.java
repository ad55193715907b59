package org.xinyong.api.es;

import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ByteArrayBinaryData;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import java.util.List;

/**
 * A response read to its end by Vert.x, as the Elasticsearch client expects it. The body is
 * already in memory, so it is repeatable and closing releases nothing.
 */
final class VertxResponse implements TransportHttpClient.Response {
    private final TransportHttpClient.Node node;
    private final HttpClientResponse response;
    private final Buffer body;

    VertxResponse(TransportHttpClient.Node node, HttpClientResponse response, Buffer body) {
        this.node = node;
        this.response = response;
        this.body = body;
    }

    @Override
    public TransportHttpClient.Node node() {
        return node;
    }

    @Override
    public int statusCode() {
        return response.statusCode();
    }

    @Override
    public String header(String name) {
        return response.getHeader(name);
    }

    @Override
    public List<String> headers(String name) {
        return response.headers().getAll(name);
    }

    /** No body (a HEAD request, a 204) is {@code null}, as with the RestClient transport. */
    @Override
    public BinaryData body() {
        if (body == null || body.length() == 0) {
            return null;
        }
        String type = response.getHeader("Content-Type");
        return new ByteArrayBinaryData(body.getBytes(), type == null ? "application/octet-stream" : type);
    }

    @Override
    public HttpClientResponse originalResponse() {
        return response;
    }

    @Override
    public void close() {
        // the body was read completely before this response was handed out
    }
}
