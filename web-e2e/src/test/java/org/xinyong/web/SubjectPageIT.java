package org.xinyong.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.xinyong.api.testing.TestCodes;

/** The credit file: identity, badges, counts, tabs by kind (keyboard), only public records, the signed report. */
class SubjectPageIT extends PageTestBase {

    private void openJiafang() {
        browser.open(web.url("/subject.html?key=" + data.jiafangCode));
        browser.textAppears(By.id("subject-name"), data.jiafangName);
    }

    @Test
    void subject_showsIdentityBadgesAndOnlyPublicPenalties() {
        openJiafang();
        WebElement head = browser.one(By.cssSelector(".subject-head"));
        assertTrue(head.getText().contains(data.jiafangCode), head.getText());
        assertTrue(browser.one(By.cssSelector(".badges [data-badge=RED_LIST]")).getText().contains("守信激励"));
        assertEquals(1, browser.all(By.cssSelector("[role=tab][aria-selected=true]")).size(), "one tab selected");

        browser.one(By.id("tab-PENALTY")).click();
        WebElement panel = browser.visible(By.id("panel-PENALTY"));
        for (String number : data.jiafangVisiblePenalties()) {
            assertTrue(panel.getText().contains(number), "visible penalty " + number);
        }
        for (String number : data.jiafangHiddenPenalties()) {
            assertFalse(browser.one(By.id("subject")).getText().contains(number), "hidden penalty " + number);
        }
        assertTrue(panel.getText().contains("公示期至"), "penalties show when their publicity ends");
        assertEquals(String.valueOf(data.jiafangVisiblePenalties().size()),
                browser.one(By.cssSelector("#tab-PENALTY .tab-count")).getText());
        assertTrue(browser.driver().getCurrentUrl().endsWith("#PENALTY"), "the tab is in the address");
        browser.screenshot("subject");
    }

    @Test
    void subject_tabs_followTheArrowKeys() {
        openJiafang();
        WebElement selected = browser.one(By.cssSelector("[role=tab][aria-selected=true]"));
        selected.click();
        List<WebElement> tabs = browser.all(By.cssSelector("[role=tab]"));
        assertEquals(7, tabs.size(), "one tab per kind");
        int i = tabs.indexOf(selected);
        selected.sendKeys(Keys.ARROW_RIGHT);
        WebElement next = tabs.get((i + 1) % tabs.size());
        browser.waitFor(d -> "true".equals(next.getAttribute("aria-selected")));
        assertEquals(next, browser.driver().switchTo().activeElement());
        assertTrue(browser.one(By.id(next.getAttribute("aria-controls"))).isDisplayed());
        assertFalse(browser.one(By.id(selected.getAttribute("aria-controls"))).isDisplayed());
    }

    @Test
    void subject_downloadReport_isASignedPdf() throws IOException {
        int status = web.service().getBytes("/api/subjects/" + data.jiafangCode + "/report.pdf").statusCode();
        Assumptions.assumeTrue(status != 404, "GET /api/subjects/{key}/report.pdf is not served yet");
        openJiafang();
        browser.clearDownloads();
        browser.one(By.id("download-report")).click();
        Path pdf = browser.awaitDownload(name -> name.endsWith(".pdf"));
        byte[] bytes = Files.readAllBytes(pdf);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF"), "a PDF");
        assertTrue(text.contains("/ByteRange"), "signed: has a byte range");
        assertTrue(text.contains("ETSI.CAdES.detached"), "a PAdES signature");
        browser.textAppears(By.cssSelector(".report-box [role=status]"), "已下载");
    }

    @Test
    void subject_unknownAndInvalidCodes_sayWhatIsWrong() {
        browser.open(web.url("/subject.html?key=" + TestCodes.withBadChecksum(data.jiafangCode)));
        browser.textAppears(By.id("subject"), "主体标识无效");
        browser.textAppears(By.id("subject"), "校验位");
        browser.screenshot("subject-invalid-code");

        browser.open(web.url("/subject.html?key=" + TestCodes.creditCode("320602", 999_999)));
        browser.textAppears(By.id("subject"), "未找到该主体的公开信用信息");
        browser.screenshot("subject-not-found");
    }

    @Test
    void subject_phoneWidth_fits() {
        browser.phone(true);
        try {
            openJiafang();
            assertFalse(browser.overflowsHorizontally(), "the page fits 375 px");
            browser.screenshot("subject-phone");
        } finally {
            browser.phone(false);
        }
    }
}
