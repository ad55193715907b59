package org.xinyong.api.es;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The Elasticsearch Java client's HTTP layer on the Vert.x HTTP client. A request made on an event
 * loop goes out on a connection of that loop, and the response completes the future on that same
 * thread, in the caller's context: the API's handlers go on without a hop to another thread (the
 * RestClient transport completes on Apache's I/O reactor and every result had to be dispatched
 * back). Failures surface as the JDK exceptions of {@link TransportFailures}.
 *
 * <p>Cancelling a returned future does not abort the request; nothing in the API cancels.
 */
final class VertxHttpClient implements TransportHttpClient {
    private final EventLoopHttpClients clients;
    private final Node node;
    /** The URL's path ("/es" in https://host/es), before every endpoint's path. */
    private final String pathPrefix;
    /** Sent with every request (authorization); the transport options may override them. */
    private final Map<String, String> fixedHeaders;
    /** The hot searches' headers, built once: a request copies them into its own. */
    private final MultiMap jsonHeaders;
    /** How long a request may wait for the next bytes of its answer, like a socket timeout. */
    private final long idleTimeoutMillis;

    VertxHttpClient(EventLoopHttpClients clients, URI url, Map<String, String> fixedHeaders, long idleTimeoutMillis) {
        this.clients = clients;
        this.node = new Node(url);
        this.pathPrefix = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        this.fixedHeaders = Map.copyOf(fixedHeaders);
        this.jsonHeaders = jsonHeaders(this.fixedHeaders);
        this.idleTimeoutMillis = idleTimeoutMillis;
    }

    @Override
    public CompletableFuture<Response> performRequestAsync(String endpointId, Node ignoredNode, Request request,
                                                           TransportOptions options) {
        RequestOptions head;
        Buffer body;
        try {
            head = head(request, options);
            body = body(request.body());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Response> result = new CompletableFuture<>();
        clients.send(client -> exchange(client, head, body)).onComplete(result::complete,
                failure -> result.completeExceptionally(TransportFailures.translate(failure)));
        return result;
    }

    /** An answer as it came: its status and its bytes. */
    record Answer(int status, Buffer body) {
    }

    /**
     * POSTs a JSON body and hands back the answer as it came, on the caller's event loop: the
     * exchange of the hot searches ({@link SearchAnswer}) without the client transport's layers
     * around {@link #performRequestAsync} (its request and header maps, three completion stages,
     * the body copied twice), and on the loop's own keep-alive connections ({@link LoopConnections})
     * instead of the Vert.x pool's. The same timeout and failures.
     */
    Future<Answer> postJson(String path, byte[] body) {
        RequestOptions head = new RequestOptions().setMethod(HttpMethod.POST).setURI(pathPrefix + path)
                .setIdleTimeout(idleTimeoutMillis)
                .setHeaders(jsonHeaders);
        return clients.exchange(head, Buffer.buffer(body))
                .recover(failure -> Future.failedFuture(TransportFailures.translate(failure)));
    }

    private static MultiMap jsonHeaders(Map<String, String> fixedHeaders) {
        MultiMap headers = HttpHeaders.headers()
                .add(HttpHeaders.CONTENT_TYPE, JSON)
                .add(HttpHeaders.ACCEPT, JSON);
        fixedHeaders.forEach(headers::add);
        return headers;
    }

    /** The media type the client's transport sends: Elasticsearch answers as version 8 whatever its own. */
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/vnd.elasticsearch+json; compatible-with=8");

    private Future<Response> exchange(HttpClient client, RequestOptions head, Buffer body) {
        return client.request(head)
                .compose(request -> body == null ? request.send() : request.send(body))
                .compose(response -> response.body().map(bytes -> new VertxResponse(node, response, bytes)));
    }

    /**
     * Waits for {@link #performRequestAsync}. Only for worker and other non-event-loop threads:
     * on an event loop it would block the loop that has to deliver the answer.
     */
    @Override
    public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
            throws IOException {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("blocking Elasticsearch call (" + endpointId
                    + ") on an event loop; use the async client there");
        }
        try {
            return performRequestAsync(endpointId, node, request, options).get();
        } catch (ExecutionException e) {
            throw TransportFailures.asIOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for Elasticsearch (" + endpointId + ")");
        }
    }

    private RequestOptions head(Request request, TransportOptions options) {
        RequestOptions head = new RequestOptions()
                .setMethod(HttpMethod.valueOf(request.method()))
                .setURI(uri(pathPrefix, request.path(), request.queryParams(), options.queryParameters()))
                .setIdleTimeout(idleTimeoutMillis);
        request.headers().forEach(head::putHeader);
        fixedHeaders.forEach(head::putHeader);
        // as with the RestClient transport, the caller's options have the last word
        options.headers().forEach(h -> head.putHeader(h.getKey(), h.getValue()));
        return head;
    }

    /** The path under the URL's prefix, with the endpoint's and the options' query parameters. */
    static String uri(String pathPrefix, String path, Map<String, String> params, Map<String, String> moreParams) {
        StringBuilder uri = new StringBuilder(pathPrefix.length() + path.length() + 64).append(pathPrefix).append(path);
        char separator = '?';
        for (Map<String, String> some : Arrays.asList(params, moreParams)) {
            if (some == null) {
                continue;
            }
            for (Map.Entry<String, String> p : some.entrySet()) {
                uri.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
                separator = '&';
            }
        }
        return uri.toString();
    }

    /** Form encoding writes a space as '+'; in a query string %20 is unambiguous. */
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The serialised request (NDJSON comes in several buffers) as one Vert.x buffer; none for no body. */
    static Buffer body(Iterable<ByteBuffer> parts) {
        if (parts == null) {
            return null;
        }
        Buffer body = Buffer.buffer();
        for (ByteBuffer part : parts) {
            ByteBuffer b = part.duplicate();   // leave the caller's position alone: a request may be retried
            if (b.hasArray()) {
                body.appendBytes(b.array(), b.arrayOffset() + b.position(), b.remaining());
            } else {
                byte[] bytes = new byte[b.remaining()];
                b.get(bytes);
                body.appendBytes(bytes);
            }
        }
        return body;
    }

    @Override
    public void close() {
        clients.close();
    }
}
