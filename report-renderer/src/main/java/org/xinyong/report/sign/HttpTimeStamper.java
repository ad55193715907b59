package org.xinyong.report.sign;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/** Asks a TSA over HTTP (RFC 3161 §3.4) and checks that the answer belongs to the question. */
final class HttpTimeStamper implements TimeStamper {
    private final URI url;
    private final Duration timeout;
    private final HttpClient client;
    private final SecureRandom random = new SecureRandom();

    HttpTimeStamper(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public byte[] timestamp(byte[] sha256) throws IOException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        // the TSA's certificate inside the token lets a verifier check it without fetching anything
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, random));
        HttpRequest http = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the TSA " + url, e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("TSA " + url + " answered HTTP " + response.statusCode());
        }
        try {
            TimeStampResponse answer = new TimeStampResponse(response.body());
            answer.validate(request);
            TimeStampToken token = answer.getTimeStampToken();
            if (token == null) {
                throw new IOException("TSA " + url + " refused the request: status " + answer.getStatus()
                        + (answer.getStatusString() == null ? "" : " " + answer.getStatusString()));
            }
            return token.getEncoded();
        } catch (TSPException e) {
            throw new IOException("TSA " + url + " sent a timestamp that does not match the request: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "HttpTimeStamper[" + url + "]";
    }
}
