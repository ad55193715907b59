package org.xinyong.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.xinyong.api.testing.TestData;

/**
 * What every browser test class stands on: its own server with the test data on the real
 * Elasticsearch, and a Chromium, started once before the class and closed after it. Test classes
 * run one after another (JUnit's default; nothing here turns on parallel classes), so the fields
 * belong to the class that is running.
 */
abstract class PageTestBase {
    static WebFixture web;
    static Browser browser;
    static TestData data;

    @BeforeAll
    static void startPages(TestInfo test) {
        web = WebFixture.start(test.getTestClass().orElseThrow());
        browser = web.browser();
        data = web.data();
    }

    @AfterAll
    static void stopPages() {
        if (web != null) {
            web.close();
            web = null;
        }
    }
}
