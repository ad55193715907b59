package org.xinyong.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Verify a report: upload the genuine PDF, an altered one, look a number up, an unknown number. */
class VerifyPageIT extends PageTestBase {

    @TempDir
    Path dir;

    private byte[] issueReport() {
        HttpResponse<byte[]> response = web.service().getBytes("/api/subjects/" + data.jiafangCode + "/report.pdf");
        Assumptions.assumeTrue(response.statusCode() != 404, "GET /api/subjects/{key}/report.pdf is not served yet");
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private WebElement upload(Path pdf) {
        browser.one(By.id("pdf")).sendKeys(pdf.toAbsolutePath().toString());
        browser.waitFor(d -> browser.one(By.id("pdf-submit")).isEnabled());
        browser.one(By.id("pdf-submit")).click();
        return browser.visible(By.cssSelector("#verdict .verdict"));
    }

    @Test
    void verify_genuinePdf_thenItsNumber() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        Files.write(pdf, issueReport());
        browser.open(web.url("/verify.html"));
        WebElement verdict = upload(pdf);
        assertEquals("ok", verdict.getAttribute("data-verdict"), verdict.getText());
        assertTrue(verdict.getText().contains("报告真实有效"), verdict.getText());
        assertTrue(verdict.getText().contains(data.jiafangName), verdict.getText());
        String number = verdict.findElement(By.cssSelector("dd.code")).getText().trim();
        assertFalse(number.isEmpty(), "the number is shown");
        browser.screenshot("verify-genuine");

        browser.open(web.url("/verify.html?number=" + WebFixture.enc(number)));
        WebElement registered = browser.visible(By.cssSelector("#verdict .verdict"));
        assertEquals("ok", registered.getAttribute("data-verdict"), registered.getText());
        assertTrue(registered.getText().contains(data.jiafangName), registered.getText());
        assertEquals(number, browser.one(By.id("number")).getAttribute("value"));
        browser.screenshot("verify-number");
    }

    @Test
    void verify_alteredPdf_isNotGenuine() throws IOException {
        byte[] bytes = issueReport();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Producer");
        int i = at > 0 ? at + 1 : bytes.length / 3;
        bytes[i] = (byte) (bytes[i] == 'P' ? 'Q' : 'P'); // one byte inside the signed range
        Path pdf = dir.resolve("altered.pdf");
        Files.write(pdf, bytes);
        browser.open(web.url("/verify.html"));
        WebElement verdict = upload(pdf);
        assertTrue(!"ok".equals(verdict.getAttribute("data-verdict")), "an altered file is never genuine: " + verdict.getText());
        browser.screenshot("verify-altered");
    }

    @Test
    void verify_unknownNumber_saysNotIssuedHere() {
        String unknown = "20260101000000ZZZZZZZZ";
        Assumptions.assumeTrue(web.service().get("/api/reports/" + unknown).body().contains("report-not-found"),
                "GET /api/reports/{number} is not served yet");
        // /verify is the QR code target
        browser.open(web.url("/verify?number=" + unknown.toLowerCase(java.util.Locale.ROOT)));
        WebElement verdict = browser.visible(By.cssSelector("#verdict .verdict"));
        assertEquals("bad", verdict.getAttribute("data-verdict"), verdict.getText());
        assertTrue(verdict.getText().contains("未找到该编号的报告"), verdict.getText());
        assertEquals(unknown, browser.one(By.id("number")).getAttribute("value"), "typed numbers are normalised");
        browser.screenshot("verify-unknown");
    }

    @Test
    void verify_malformedNumber_isExplainedWithoutAsking() {
        browser.open(web.url("/verify.html"));
        browser.visible(By.id("number")).sendKeys("2026-0504 1902", org.openqa.selenium.Keys.ENTER);
        WebElement verdict = browser.visible(By.cssSelector("#verdict .verdict"));
        assertEquals("warn", verdict.getAttribute("data-verdict"), verdict.getText());
        assertTrue(verdict.getText().contains("22 位"), verdict.getText());
    }

    @Test
    void verify_emptyFile_isRefusedBeforeUpload() throws IOException {
        Path empty = dir.resolve("empty.pdf");
        Files.write(empty, new byte[0]);
        browser.open(web.url("/verify.html"));
        browser.one(By.id("pdf")).sendKeys(empty.toAbsolutePath().toString());
        WebElement verdict = browser.visible(By.cssSelector("#verdict .verdict"));
        assertEquals("warn", verdict.getAttribute("data-verdict"));
        assertTrue(verdict.getText().contains("文件是空的"), verdict.getText());
        assertFalse(browser.one(By.id("pdf-submit")).isEnabled());
        browser.screenshot("verify-empty-file");
    }
}
