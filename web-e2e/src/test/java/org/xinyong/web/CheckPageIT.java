package org.xinyong.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinyong.api.testing.ServiceFixture;
import org.xinyong.core.model.Subject;

/** Counterparty check: pasted lines, a GBK CSV upload, 1,000 rows with a key, the CSV download, bad files. */
class CheckPageIT extends PageTestBase {
    private static final Logger LOG = LoggerFactory.getLogger(CheckPageIT.class);

    @TempDir
    Path dir;

    private List<WebElement> rows() {
        return browser.all(By.cssSelector("#result-table tbody tr"));
    }

    private String verdictOf(String inputName) {
        for (WebElement row : rows()) {
            if (row.getText().contains(inputName)) {
                return row.getAttribute("data-verdict");
            }
        }
        throw new AssertionError("no row for " + inputName);
    }

    @Test
    void check_pastedLines_showVerdictsWithExplanations_downloadCsv() throws IOException {
        browser.open(web.url("/check.html"));
        WebElement entries = browser.visible(By.id("entries"));
        entries.sendKeys(data.blackName + "," + data.blackCode + "\n" + data.bankName + "\n" + "查无此公司某某有限公司\n");
        browser.textAppears(By.id("entries-count"), "共 3 条");
        browser.one(By.cssSelector("#paste-form button[type=submit]")).click();
        browser.waitFor(d -> "3".equals(browser.one(By.id("result-table")).getAttribute("data-rendered")));
        assertEquals(3, rows().size());
        assertEquals("HIT", verdictOf(data.blackName));
        assertEquals("CLEAR", verdictOf(data.bankName));
        String hitRow = rows().get(0).getText();
        assertTrue(hitRow.contains("严重失信主体名单"), "the explanation names the list: " + hitRow);
        browser.screenshot("check-paste");

        browser.one(By.cssSelector("#verdict-filter button[data-filter=HIT]")).click();
        browser.waitFor(d -> rows().stream().filter(WebElement::isDisplayed).count() == 1);

        browser.clearDownloads();
        browser.one(By.id("download-csv")).click();
        Path csv = browser.awaitDownload(name -> name.endsWith(".csv"));
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF序号,名称,统一社会信用代码,结论"), "a BOM and the documented columns");
        assertTrue(text.contains(data.blackName) && text.contains("HIT"), text);
        assertEquals(4, text.strip().split("\r\n").length, "header and all three rows, whatever the filter");
    }

    @Test
    void check_gbkCsvUpload_isReadAndChecked() throws IOException {
        Path file = dir.resolve("对手方名单.csv");
        String csv = "名称,统一社会信用代码\r\n" + data.jiafangName + "," + data.jiafangCode + "\r\n"
                + data.foodName + ",\r\n" + "," + data.blackCode + "\r\n";
        Files.write(file, csv.getBytes(Charset.forName("GBK")));
        browser.open(web.url("/check.html"));
        browser.one(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.textAppears(By.id("file-info"), "对手方名单.csv");
        browser.waitFor(d -> browser.one(By.id("file-submit")).isEnabled());
        browser.one(By.id("file-submit")).click();
        browser.waitFor(d -> "3".equals(browser.one(By.id("result-table")).getAttribute("data-rendered")));
        assertTrue(rows().get(0).getText().contains(data.jiafangName), "GBK decoded: " + rows().get(0).getText());
        assertEquals("HIT", verdictOf(data.jiafangName), "active penalties");
        browser.screenshot("check-upload");
    }

    @Test
    void check_aFileOver64KbWithoutKey_isRefusedOnThePage_andTakenWithAKey() throws IOException {
        StringBuilder csv = new StringBuilder("名称,统一社会信用代码\n");
        while (csv.length() < 25_000) {
            csv.append("南通市某某某某某某某某某测试有限公司,\n");   // 3 bytes a character: over 64 KB
        }
        Path file = dir.resolve("large.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertTrue(Files.size(file) > 64 * 1024);
        browser.open(web.url("/check.html"));
        browser.one(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.textAppears(By.id("check-status"), "64 KB");
        assertFalse(browser.one(By.id("file-submit")).isEnabled(), "not sent only to be refused by the server");
        browser.one(By.cssSelector("#key-box summary")).click();
        browser.visible(By.id("apikey")).sendKeys(ServiceFixture.BANK_KEY, org.openqa.selenium.Keys.TAB);
        browser.waitFor(d -> browser.one(By.id("file-submit")).isEnabled());
        browser.js("sessionStorage.clear()");   // the page keeps a key for the session: not for the next test
    }

    @Test
    void check_thousandRowsWithKey_renderWithoutFreezing() throws IOException {
        StringBuilder csv = new StringBuilder("名称,统一社会信用代码\n");
        List<Subject> subjects = data.subjects;
        for (int i = 0; i < 1000; i++) {
            Subject s = subjects.get(i % subjects.size());
            if (i % 7 == 3) {
                csv.append("南通不存在测试").append(i).append("有限公司,\n");
            } else if (s.creditCode() != null) {
                csv.append(s.name()).append(',').append(i % 2 == 0 ? s.creditCode() : "").append('\n');
            } else {
                csv.append("某某").append(i).append(",\n");
            }
        }
        Path file = dir.resolve("thousand.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        browser.open(web.url("/check.html"));
        browser.one(By.cssSelector("#key-box summary")).click();
        browser.visible(By.id("apikey")).sendKeys(ServiceFixture.BANK_KEY);
        browser.one(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.waitFor(d -> browser.one(By.id("file-submit")).isEnabled());
        browser.js("window.__longTasks = []; window.__batches = [];"
                + "new PerformanceObserver(l => l.getEntries().forEach(e => window.__longTasks.push(e.duration)))"
                + ".observe({type: 'longtask'});"
                + "new MutationObserver(rs => rs.forEach(r => r.addedNodes.length && window.__batches.push(r.addedNodes.length)))"
                + ".observe(document.querySelector('#result-table tbody'), {childList: true});");
        browser.one(By.id("file-submit")).click();
        browser.waiting(Duration.ofSeconds(90)).until(d -> "1000".equals(browser.one(By.id("result-table")).getAttribute("data-rendered")));
        assertEquals(1000, rows().size());
        Number batches = (Number) browser.js("return window.__batches.length");
        Number largest = (Number) browser.js("return Math.max(0, ...window.__batches)");
        Number longest = (Number) browser.js("return Math.max(0, ...window.__longTasks)");
        LOG.info("1,000 rows: {} batches, the largest {} rows; the longest main-thread task took {} ms", batches, largest, longest);
        assertTrue(batches.intValue() > 1 && largest.intValue() < 1000, "rows are added in chunks, the page yields between them");
        // timing on a shared CI machine is noisy: the bound only catches a frozen page, the log shows the real figure
        assertTrue(longest.doubleValue() < 2000, "no task blocks the page for seconds: " + longest + " ms");
        assertTrue(browser.one(By.id("tiles")).getText().contains("1,000"), browser.one(By.id("tiles")).getText());
        browser.screenshot("check-1000");
    }

    @Test
    void check_badFiles_getClearMessages() throws IOException {
        Path xlsx = dir.resolve("名单.xlsx");
        Files.write(xlsx, new byte[] {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00});
        browser.open(web.url("/check.html"));
        browser.one(By.id("file")).sendKeys(xlsx.toAbsolutePath().toString());
        browser.textAppears(By.id("check-status"), "Excel");
        assertTrue(browser.one(By.id("check-status")).getText().contains("CSV UTF-8"), "says how to fix it");
        assertTrue(!browser.one(By.id("file-submit")).isEnabled(), "a bad file cannot be sent");
        browser.screenshot("check-bad-file");

        // a CSV the server cannot use: its problem is shown in words
        Path empty = dir.resolve("only-header.csv");
        Files.writeString(empty, "名称,统一社会信用代码\n", StandardCharsets.UTF_8);
        browser.one(By.id("file")).sendKeys(empty.toAbsolutePath().toString());
        browser.waitFor(d -> browser.one(By.id("file-submit")).isEnabled());
        browser.one(By.id("file-submit")).click();
        browser.textAppears(By.id("check-status"), "没有可核查的数据");
    }

    @Test
    void check_phoneWidth_fits() {
        browser.phone(true);
        try {
            browser.open(web.url("/check.html"));
            browser.visible(By.id("entries")).sendKeys(data.blackName + "\n" + data.bankName + "\n");
            browser.one(By.cssSelector("#paste-form button[type=submit]")).click();
            browser.waitFor(d -> "2".equals(browser.one(By.id("result-table")).getAttribute("data-rendered")));
            assertTrue(!browser.overflowsHorizontally(), "the page fits 375 px");
            browser.screenshot("check-phone");
            browser.screenshot("check-phone-results", browser.one(By.id("check-results")));
        } finally {
            browser.phone(false);
        }
    }
}
