package org.xinyong.es;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a server for its cluster health. Health, not {@code GET /}: this distribution answers
 * {@code GET /} with 405, so the health endpoint is the only honest "it is up" signal.
 */
final class ClusterProbe {
    private static final Pattern CLUSTER_NAME = Pattern.compile("\"cluster_name\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow|red)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Health(String clusterName, String status) {
        boolean usable() {
            return "green".equals(status) || "yellow".equals(status);
        }
    }

    Optional<Health> health(int port) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/_cluster/health?timeout=2s"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 408) {
                return Optional.empty();
            }
            Matcher name = CLUSTER_NAME.matcher(response.body());
            Matcher status = STATUS.matcher(response.body());
            if (!name.find() || !status.find()) {
                return Optional.empty();
            }
            return Optional.of(new Health(name.group(1), status.group(1)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
