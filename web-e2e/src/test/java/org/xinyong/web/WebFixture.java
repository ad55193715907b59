package org.xinyong.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.xinyong.api.testing.ServiceFixture;
import org.xinyong.api.testing.TestData;

/**
 * What every browser test class needs: the real server on real Elasticsearch with the known test
 * data ({@link ServiceFixture}), and one headless Chromium.
 */
final class WebFixture implements AutoCloseable {
    private final ServiceFixture service;
    private final Browser browser;

    private WebFixture(ServiceFixture service, Browser browser) {
        this.service = service;
        this.browser = browser;
    }

    static WebFixture start(Class<?> testClass) {
        ServiceFixture service = ServiceFixture.start(testClass);
        try {
            return new WebFixture(service, Browser.start());
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    ServiceFixture service() {
        return service;
    }

    Browser browser() {
        return browser;
    }

    TestData data() {
        return service.data();
    }

    String url(String pathAndQuery) {
        return service.baseUrl() + pathAndQuery;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            service.close();
        }
    }
}
