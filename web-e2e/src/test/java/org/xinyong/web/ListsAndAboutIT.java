package org.xinyong.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Red and black list tables (search, filter, the URL), the About page, and what the server sends with the files. */
class ListsAndAboutIT extends PageTestBase {

    @Test
    void redList_showsEntries() {
        browser.open(web.url("/lists.html?list=red"));
        browser.textAppears(By.id("list-body"), data.jiafangName);
        assertEquals("page", browser.one(By.cssSelector(".site-nav a[data-nav=red]")).getAttribute("aria-current"));
        browser.screenshot("lists-red");
    }

    @Test
    void blackList_searchAndTypeFilter_areInTheUrl() {
        browser.open(web.url("/lists.html?list=black"));
        browser.textAppears(By.id("list-body"), data.blackName);
        browser.screenshot("lists-black");
        new Select(browser.one(By.id("ltype"))).selectByValue("ABNORMAL_OPERATION");
        browser.waiting().until(ExpectedConditions.urlContains("type=ABNORMAL_OPERATION"));
        browser.textAppears(By.id("list-body"), "经营异常名录");
        assertFalse(browser.one(By.id("list-body")).getText().contains("严重失信主体名单"));

        browser.one(By.id("lq")).sendKeys("宏远", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("q=" + WebFixture.enc("宏远")));
        browser.textAppears(By.id("list-body"), data.blackName);
        browser.one(By.id("lq")).clear();
        browser.one(By.id("lq")).sendKeys("没有这家公司", Keys.ENTER);
        browser.textAppears(By.id("list-body"), "名单中未找到");
    }

    @Test
    void lists_phoneWidth_fits() {
        browser.phone(true);
        try {
            browser.open(web.url("/lists.html?list=black"));
            browser.textAppears(By.id("list-body"), data.blackName);
            assertFalse(browser.overflowsHorizontally(), "the table stacks at 375 px");
            browser.screenshot("lists-phone");
        } finally {
            browser.phone(false);
        }
    }

    @Test
    void about_explainsPublicityRepairAndDisputes() {
        browser.open(web.url("/about.html"));
        String text = browser.one(By.tagName("main")).getText();
        assertTrue(text.contains("最短 3 个月，最长 1 年"), "一般");
        assertTrue(text.contains("最短 1 年，最长 3 年"), "严重");
        assertTrue(text.contains("信用修复") && text.contains("异议"));
        browser.waitFor(d -> !browser.one(By.id("about-freshness")).getText().contains("正在读取"));
        browser.screenshot("about");
    }

    @Test
    void staticFiles_areCompressedAndCached() {
        var response = web.service().send(web.service().request("/app.js").header("Accept-Encoding", "gzip").GET().build());
        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""), "compressed");
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age"), "cacheable");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("javascript"));
    }
}
