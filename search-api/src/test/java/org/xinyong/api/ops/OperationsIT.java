package org.xinyong.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyong.api.testing.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.xinyong.api.testing.Json;
import org.xinyong.api.testing.ServiceFixture;

/** Health, metrics, OpenAPI, rate limits, caching and unknown routes. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {
    private static ServiceFixture service;

    @BeforeAll
    static void start() {
        service = ServiceFixture.start(OperationsIT.class, Map.of("xinyong.api.anonymous.requests.per.minute", "30",
                "xinyong.api.trusted.proxies", "127.0.0.1, ::1"));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void health_liveAndReady() {
        assertEquals(200, service.get("/health/live").statusCode());
        HttpResponse<String> ready = service.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("UP", Json.parse(ready.body()).path("status").asText());
    }

    @Test
    void metrics_reportRoutesEsAndCaches() {
        service.get("/api/search?q=x");
        service.get("/api/search?q=x");
        String metrics = service.get("/metrics").body();
        assertTrue(metrics.contains("xinyong_http_request_duration_seconds_bucket{route=\"/api/search\""), metrics);
        assertTrue(metrics.contains("xinyong_elasticsearch_duration_seconds_count{operation=\"search\"}"));
        assertTrue(metrics.contains("xinyong_cache_hit_ratio{cache=\"responses\"}"));
        assertTrue(metrics.contains("\nxinyong_audit_failures_total 0\n"), metrics);
        assertTrue(metrics.contains("\nxinyong_audit_late_total 0\n"), metrics);
        // a visitor forwarded by the (trusted) proxy does not see the service's insides
        HttpResponse<String> visitor = service.send(service.request("/metrics").header("X-Forwarded-For", "203.0.113.7").GET().build());
        assertEquals(404, visitor.statusCode());
        assertTrue(visitor.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void cache_secondIdenticalSearch_isAHit() {
        HttpResponse<String> first = service.get("/api/search?q=cachetest");
        HttpResponse<String> second = service.get("/api/search?q=cachetest");
        assertEquals(first.body(), second.body());
        assertEquals("HIT", second.headers().firstValue("X-Cache").orElse(""));
    }

    @Test
    void cache_aValueThatReadsLikeAnotherParameter_isNotTheSameRequest() {
        // the text typed is "宏远建筑, size=20", which matches nothing: cached under the key of
        // q=宏远建筑&size=20 it would hide the black-listed 启东市宏远建筑 from everyone for the TTL
        HttpResponse<String> posing = service.get("/api/lists/black?page=1&q=%E5%AE%8F%E8%BF%9C%E5%BB%BA%E7%AD%91%2C%20size%3D20");
        assertEquals(200, posing.statusCode(), posing.body());
        assertEquals(0, Json.parse(posing.body()).path("total").asInt(), posing.body());
        HttpResponse<String> visitor = service.get("/api/lists/black?page=1&q=%E5%AE%8F%E8%BF%9C%E5%BB%BA%E7%AD%91&size=20");
        assertEquals(200, visitor.statusCode(), visitor.body());
        assertNotEquals("HIT", visitor.headers().firstValue("X-Cache").orElse(""), visitor.body());
        assertTrue(Json.parse(visitor.body()).path("total").asInt() > 0, visitor.body());
    }

    @Test
    void openapi_describesEveryEndpoint() {
        var doc = Json.parse(service.get("/api/openapi.json").body());
        for (String path : new String[] {"/api/search", "/api/suggest", "/api/subjects/{key}", "/api/lists/{list}",
                "/api/check", "/api/subjects/{key}/report.pdf", "/api/reports/{number}", "/api/reports/verify",
                "/health/live", "/health/ready", "/metrics"}) {
            assertTrue(doc.path("paths").has(path), path);
        }
    }

    @Test
    void about_tellsFreshnessSourcesAndRules() {
        var about = Json.parse(service.get("/api/about").body());
        assertTrue(about.has("dataAsOf"), about.toString());
        assertTrue(about.path("sources").size() > 0);
        assertTrue(about.path("sources").toString().contains("南通市市场监督管理局"));
        assertTrue(about.path("publicity").path("law").asText().contains("信用修复管理办法"));
    }

    @Test
    void pages_areServedWithSecurityAndRevalidatingCacheHeaders() {
        HttpResponse<String> page = service.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        String cache = page.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cache.contains("max-age=300") && !cache.contains("immutable"), cache);
        assertEquals(200, service.get("/verify?number=20260101000000ABCDEFGH").statusCode(), "the QR code target");
    }

    @Test
    void aRequestLineOver8Kb_isAProblemToo() {
        // asked with an upgrade to h2c, as the JDK's client does: answered over HTTP/1.1 (over h2c
        // the path is a header, and the HTTP/2 codec answered a bare 431)
        HttpResponse<String> response = service.send(service.request("/api/search?q=" + "a".repeat(9_000))
                .version(java.net.http.HttpClient.Version.HTTP_2).GET().build());
        assertEquals(java.net.http.HttpClient.Version.HTTP_1_1, response.version());
        assertProblem(response, 414, "uri-too-long");
    }

    @Test
    void unknownApiRoute_isProblem404() {
        HttpResponse<String> response = service.get("/api/nope");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it spends this client's budget
    void anonymousBurst_isRateLimitedWithRetryAfter() {
        HttpResponse<String> last = null;
        for (int i = 0; i < 40; i++) {
            last = service.get("/api/suggest?q=n" + i);
            if (last.statusCode() == 429) {
                break;
            }
        }
        assertEquals(429, last.statusCode());
        assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElse("0")) >= 1);
        assertTrue(Json.parse(last.body()).path("type").asText().endsWith("/rate-limited"));
        // behind a trusted proxy (this test's own address is one): another visitor has a budget of their own
        HttpResponse<String> other = service.send(service.request("/api/suggest?q=n").header("X-Forwarded-For", "203.0.113.7").GET().build());
        assertEquals(200, other.statusCode(), other.body());
        // and a visitor's budget is theirs whatever they claim to be before the proxy
        HttpResponse<String> claimed = service.send(service.request("/api/suggest?q=n")
                .header("X-Forwarded-For", "198.51.100.9, 127.0.0.1").GET().build());
        assertEquals(200, claimed.statusCode(), "198.51.100.9 forwarded by two trusted hops");
    }
}
