package org.xinyong.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One request of ApiBenchmark's request files ({@code api-search.txt}, {@code es-sequences.txt},
 * {@code es-msearch.txt}): a line is a sequence of {@code METHOD <tab> PATH [<tab> BODY]} joined by
 * {@link #SEQUENCE_SEPARATOR}, a newline inside a body written as {@link #BODY_NEWLINE}, so that
 * {@code wrk}'s Lua scripts read one query per line. Written by ApiBenchmark, read by
 * {@code sequences.lua} and the Java clients.
 *
 * @param body null when the request has none
 */
record RequestLine(String method, String path, String body) {
    /** Between the requests of one sequence (a search that needs the answer of another). */
    static final char SEQUENCE_SEPARATOR = '\u001d';
    /** A newline inside a body (NDJSON). */
    static final char BODY_NEWLINE = '\u001e';

    /** The requests of one line, in order. */
    static List<RequestLine> sequence(String line) {
        List<RequestLine> requests = new ArrayList<>();
        for (String part : line.split(String.valueOf(SEQUENCE_SEPARATOR))) {
            String[] fields = part.split("\t", 3);
            if (fields.length < 2) {
                throw new IllegalArgumentException("not METHOD<tab>PATH[<tab>BODY]: " + part);
            }
            String body = fields.length == 3 && !fields[2].isEmpty() ? fields[2].replace(BODY_NEWLINE, '\n') : null;
            requests.add(new RequestLine(fields[0], fields[1], body));
        }
        return requests;
    }

    /** This request as HTTP/1.1 bytes for {@code base}'s host (keep-alive, the protocol's default). */
    byte[] toHttp(URI base) {
        byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder().append(method).append(' ').append(path)
                .append(" HTTP/1.1\r\nHost: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        if (content != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        if (content == null) {
            return headBytes;
        }
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + content.length);
        System.arraycopy(content, 0, request, headBytes.length, content.length);
        return request;
    }
}
