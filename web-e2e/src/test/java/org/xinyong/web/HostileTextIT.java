package org.xinyong.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Record text and queries containing markup are shown as text: no script runs, no element is made.
 * The browser records alert() calls instead of showing them (see {@link Browser}).
 */
class HostileTextIT extends PageTestBase {

    private long count(String selector) {
        return ((Number) browser.js("return document.querySelectorAll(arguments[0]).length", selector)).longValue();
    }

    @Test
    void recordWithScript_inSearchResults_isPlainText() {
        browser.open(web.url("/?q=" + WebFixture.enc(data.scriptName)));
        browser.textAppears(By.id("result-body"), "<script>alert(1)</script>");
        assertEquals(0, count("#result-body script"), "no script element from record text");
        assertTrue(browser.alerts().isEmpty(), "no script ran: " + browser.alerts());
        browser.screenshot("xss-search");
    }

    @Test
    void recordWithScript_inTheSearchHighlight_isPlainText() {
        // the query matches the content, so the text comes back through the highlight path
        browser.open(web.url("/?q=" + WebFixture.enc("违规经营")));
        browser.textAppears(By.id("result-body"), "<script>alert(1)</script>");
        assertEquals(0, count("#result-body script"));
        assertTrue(count("#result-body em.hl") > 0, "the highlight itself still works");
        assertTrue(browser.alerts().isEmpty(), "no script ran: " + browser.alerts());
    }

    @Test
    void recordWithScript_onTheSubjectPage_isPlainText() {
        browser.open(web.url("/subject.html?key=" + data.scriptCode + "#PENALTY"));
        browser.textAppears(By.id("panel-PENALTY"), "<script>alert(1)</script>违规经营");
        assertEquals(0, count("#subject script"));
        assertTrue(browser.alerts().isEmpty(), "no script ran: " + browser.alerts());
        browser.screenshot("xss-subject");
    }

    @Test
    void queryWithMarkup_isEchoedAsText() {
        String q = "<img src=x onerror=alert(2)><b>粗体</b>";
        browser.open(web.url("/?q=" + WebFixture.enc(q)));
        browser.visible(By.cssSelector("#result-body .empty, #result-body .hit"));
        assertEquals(q, browser.one(By.id("q")).getAttribute("value"));
        assertEquals(0, count("main img, main b"), "no element from the query");
        assertTrue(browser.alerts().isEmpty(), "no script ran: " + browser.alerts());
        browser.screenshot("xss-query");
    }
}
