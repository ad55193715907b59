package org.xinyong.api;

import java.time.Duration;
import org.xinyong.core.settings.Config;
import org.xinyong.core.settings.SettingsException;

/**
 * Settings of the HTTP server. Each limit says why it is what it is in defaults.properties.
 *
 * @param publicBaseUrl how the service is reached from outside (for links in reports' QR codes)
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} names the client ({@link org.xinyong.api.security.ClientAddress})
 * @param batchScheduling the serving process under SCHED_BATCH ({@link org.xinyong.api.support.ProcessScheduling})
 */
public record ApiSettings(
        String host,
        int port,
        String publicBaseUrl,
        int maxQueryLength,
        int maxPageSize,
        int maxResultWindow,
        long bodyLimitBytes,
        long checkBodyLimitBytes,
        int checkMaxEntries,
        int checkAnonymousMaxEntries,
        int anonymousRequestsPerMinute,
        java.util.List<String> trustedProxies,
        long cacheMaxEntries,
        Duration cacheTtl,
        String apiKeysFile,
        org.xinyong.api.grades.GradeRoutes.PublicView gradesPublic,
        boolean batchScheduling) {

    public ApiSettings {
        if (maxPageSize < 1 || maxResultWindow < maxPageSize) {
            throw new SettingsException("xinyong.api.max.result.window must be at least the page size limit");
        }
        trustedProxies = trustedProxies.stream().map(org.xinyong.api.security.ClientAddress::requireLiteral).toList();
    }

    public static ApiSettings from(Config config) {
        String host = config.string("xinyong.host");
        int port = config.integer("xinyong.port", 0, 65535);
        return new ApiSettings(host, port,
                config.find("xinyong.public.url").orElse("http://" + host + ":" + port),
                config.integer("xinyong.api.max.query.length", 1, 10_000),
                config.integer("xinyong.api.max.page.size", 1, 1_000),
                config.integer("xinyong.api.max.result.window", 1, 10_000),
                config.longValue("xinyong.api.body.limit", 1_024, 1L << 30),
                config.longValue("xinyong.api.check.body.limit", 1_024, 1L << 30),
                config.integer("xinyong.api.check.max.entries", 1, 100_000),
                config.integer("xinyong.api.check.anonymous.max.entries", 1, 100_000),
                config.integer("xinyong.api.anonymous.requests.per.minute", 1, 1_000_000_000),
                config.find("xinyong.api.trusted.proxies").stream()
                        .flatMap(list -> java.util.Arrays.stream(list.split(","))).map(String::strip)
                        .filter(proxy -> !proxy.isEmpty()).toList(),
                config.longValue("xinyong.cache.max.entries", 0, 10_000_000),
                config.duration("xinyong.cache.ttl"),
                config.find("xinyong.api.keys.file").orElse(null),
                gradesPublic(config.string("xinyong.grades.public")),
                config.bool("xinyong.api.batch.scheduling"));
    }

    private static org.xinyong.api.grades.GradeRoutes.PublicView gradesPublic(String value) {
        try {
            return org.xinyong.api.grades.GradeRoutes.PublicView.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SettingsException("xinyong.grades.public was '" + value + "'; use none, grade or full");
        }
    }
}
