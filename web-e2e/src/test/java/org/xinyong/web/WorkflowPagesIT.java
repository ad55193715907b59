package org.xinyong.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinyong.api.testing.Json;
import org.xinyong.api.testing.ServiceFixture;
import org.xinyong.core.model.CreditRecord;

/**
 * The supervision workflows in the browser, against the real API: 企业服务 (commitment, repair,
 * applications, declaration), 监管服务 (review queue, fulfilment, declaration review, 双随机 plan),
 * and what the subject page adds (the grade, declarations).
 */
class WorkflowPagesIT extends PageTestBase {

    @AfterEach
    void noAlertsNorPolicyViolations() {
        assertTrue(browser.alerts().isEmpty(), "no alert(): " + browser.alerts());
        assertTrue(browser.cspViolations().isEmpty(), "nothing the content security policy blocks: " + browser.cspViolations());
        browser.phone(false);
        browser.js("sessionStorage.clear()");
    }

    // ------------------------------------------------------------------ helpers

    /** Opens the enterprise page and signs in with a key and (optionally) the enterprise's code. */
    private void enterprise(String key, String code, String tab) {
        browser.open(web.url("/enterprise.html" + (tab == null ? "" : "#" + tab)));
        browser.js("sessionStorage.clear()");
        browser.one(By.id("apikey")).clear();
        browser.one(By.id("apikey")).sendKeys(key);
        if (code != null) {
            browser.one(By.id("own-code")).clear();
            browser.one(By.id("own-code")).sendKeys(code);
        }
        browser.one(By.cssSelector("#key-form button[type=submit]")).click();
        if (code != null) {
            browser.waiting().until(ExpectedConditions.urlContains("code=" + code));
        }
    }

    private void authority(String key, String tab) {
        browser.open(web.url("/authority.html" + (tab == null ? "" : "#" + tab)));
        browser.one(By.id("apikey")).clear();
        browser.one(By.id("apikey")).sendKeys(key);
        browser.one(By.cssSelector("#key-form button[type=submit]")).click();
    }

    private void type(String id, String text) {
        WebElement el = browser.one(By.id(id));
        el.clear();
        el.sendKeys(text);
    }

    /** Date inputs take keystrokes in the locale's order; setting the value is what a date picker does. */
    private void date(String id, String iso) {
        browser.js("const el = document.getElementById(arguments[0]); el.value = arguments[1];"
                + "el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true}));", id, iso);
    }

    private void tab(String id) {
        browser.one(By.id("tab-" + id)).click();
        browser.visible(By.id("panel-" + id));
    }

    private HttpResponse<String> post(String path, String key, String json) {
        return web.service().send(web.service().request(path).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private void fillCommitment() {
        new Select(browser.one(By.id("c-type"))).selectByVisibleText("主动型");
        type("c-reason", "诚信经营公开承诺");
        type("c-content", "本单位承诺依法诚信经营，产品质量符合国家标准，按时公示年度报告。");
        type("c-liability", "如违反承诺，自愿接受相关部门依法处理。");
        type("c-acceptingUnit", ServiceFixture.AUTHORITY);
    }

    private void assertFitsAPhone(String what) {
        assertFalse(browser.overflowsHorizontally(), what + " fits 375 px");
    }

    // ------------------------------------------------------------------ (a) commitment

    @Test
    void commitment_submittedOnTheEnterprisePage_isOnTheSubjectFileAtOnce() {
        enterprise(ServiceFixture.ENTERPRISE_KEY, data.jiafangCode, null);
        browser.textAppears(By.id("own-subject"), data.jiafangName);
        browser.waitFor(d -> data.jiafangName.equals(browser.one(By.id("c-subjectName")).getAttribute("value")));
        browser.screenshot("enterprise");

        fillCommitment();
        browser.one(By.cssSelector("#commitment-form button[type=submit]")).click();
        String code = browser.visible(By.id("commitment-code")).getText();
        assertTrue(code.matches("\\d{20}"), "a commitment code: " + code);
        browser.textAppears(By.id("commitment-result"), "已公示");
        browser.textAppears(By.id("key-status"), "密钥有效");
        browser.screenshot("enterprise-commitment-done");

        browser.one(By.id("commitment-file-link")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/subject.html"));
        browser.textAppears(By.id("panel-COMMITMENT"), code);
        assertEquals("true", browser.one(By.id("tab-COMMITMENT")).getAttribute("aria-selected"), "opens on the commitments");
        assertTrue(browser.one(By.id("panel-COMMITMENT")).getText().contains("诚信经营公开承诺"));
    }

    @Test
    void commitment_refusals_areShownByTheField() {
        enterprise(ServiceFixture.ENTERPRISE_KEY, data.jiafangCode, null);
        browser.textAppears(By.id("own-subject"), data.jiafangName);
        // the page's own check first: nothing filled in
        type("c-subjectName", "");
        browser.one(By.cssSelector("#commitment-form button[type=submit]")).click();
        browser.textAppears(By.id("commitment-form"), "请填写承诺人名称");
        assertEquals("true", browser.one(By.id("c-subjectName")).getAttribute("aria-invalid"));
        assertEquals("c-subjectName", browser.driver().switchTo().activeElement().getAttribute("id"), "focus on the first problem");

        // the API's refusal: a name that is not the key's enterprise
        fillCommitment();
        type("c-subjectName", data.blackName);
        browser.one(By.cssSelector("#commitment-form button[type=submit]")).click();
        browser.textAppears(By.id("commitment-result"), "承诺未提交");
        browser.textAppears(By.id("commitment-form"), "不一致");
        assertEquals("true", browser.one(By.id("c-subjectName")).getAttribute("aria-invalid"), "the field the API named");
        browser.screenshot("enterprise-commitment-refused");

        // an authority's key is not an enterprise's
        enterprise(ServiceFixture.AUTHORITY_KEY, data.jiafangCode, null);
        fillCommitment();
        type("c-subjectName", data.jiafangName);
        browser.one(By.cssSelector("#commitment-form button[type=submit]")).click();
        browser.textAppears(By.id("commitment-result"), "该密钥不是企业密钥");
        browser.textAppears(By.id("key-status"), "该密钥不是企业密钥");

        // a key the platform never issued
        enterprise("not-a-real-key", null, null);
        browser.textAppears(By.id("key-status"), "API 密钥无效");
    }

    // ------------------------------------------------------------------ (b) repair

    @Test
    void repair_refusedUntilEligible_thenSubmitted_approvedByTheAuthority_andGoneFromTheFile() {
        CreditRecord tooRecent = data.record(data.visiblePenalty);
        CreditRecord repairable = data.record(data.repairablePenalty);
        String eligibleFrom = tooRecent.decisionDate().plusMonths(3).toString();

        enterprise(ServiceFixture.ENTERPRISE_KEY, data.jiafangCode, "repair");
        String tooRecentChoice = "label.choice[data-document='" + data.visiblePenalty + "']";
        String repairableChoice = "label.choice[data-document='" + data.repairablePenalty + "']";
        browser.visible(By.cssSelector(repairableChoice));
        assertTrue(browser.one(By.cssSelector(tooRecentChoice)).getText().contains(eligibleFrom + " 起可申请修复"),
                "each penalty shows its earliest repair date");
        assertTrue(browser.one(By.cssSelector(repairableChoice)).getText().contains("可以申请"));
        browser.screenshot("enterprise-repair");

        // too recent: the page warns, the API refuses and says from when
        browser.one(By.cssSelector(tooRecentChoice + " input")).click();
        browser.textAppears(By.id("repair-selected"), eligibleFrom);
        browser.one(By.id("r-obligationsMet")).click();
        type("r-statement", "罚款已缴清，违法行为已整改。");
        browser.one(By.id("r-repairCommitment")).click();
        browser.one(By.cssSelector("#repair-form button[type=submit]")).click();
        WebElement refusal = browser.visible(By.cssSelector("#repair-result [data-problem=not-yet-eligible]"));
        assertTrue(refusal.getText().contains("尚未满足最短公示期"), refusal.getText());
        assertEquals(eligibleFrom, refusal.findElement(By.cssSelector(".eligible-date")).getText(), "the API's date");
        browser.screenshot("enterprise-repair-not-yet-eligible");

        // the eligible one goes through
        browser.one(By.cssSelector(repairableChoice + " input")).click();
        browser.one(By.cssSelector("#repair-form button[type=submit]")).click();
        String id = browser.visible(By.id("application-id")).getText();
        assertTrue(id.startsWith("XF"), id);
        assertEquals("待审核", browser.one(By.cssSelector("#repair-result [data-status]")).getText());
        assertTrue(browser.one(By.id("repair-result")).getText().contains(data.repairablePenalty));
        browser.screenshot("enterprise-repair-submitted");
        WebElement pending = browser.one(By.cssSelector(repairableChoice));
        browser.waitFor(d -> pending.getText().contains("待审核"));
        assertFalse(pending.findElement(By.tagName("input")).isEnabled(), "no second application while one is pending");

        // 我的申请
        browser.one(By.cssSelector("#repair-result a[href='#applications']")).click();
        browser.visible(By.cssSelector("#applications [data-application='" + id + "']"));
        assertEquals("SUBMITTED", browser.one(By.cssSelector("#applications [data-application='" + id + "']")).getAttribute("data-status"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("#applications"), "the tab is in the address");
        browser.screenshot("enterprise-applications");

        // the authority approves it from its queue
        authority(ServiceFixture.AUTHORITY_KEY, null);
        String item = "#queue [data-application='" + id + "']";
        browser.visible(By.cssSelector(item));
        assertTrue(browser.one(By.cssSelector(item)).getText().contains(data.repairablePenalty));
        assertTrue(browser.one(By.cssSelector(item)).getText().contains("罚款已缴清"), "the applicant's statement");
        browser.screenshot("authority");
        // rejecting needs a reason
        browser.one(By.cssSelector(item + " button[data-decision=REJECT]")).click();
        browser.textAppears(By.cssSelector(item), "不予修复时须说明理由");
        browser.one(By.cssSelector(item + " textarea")).sendKeys("已履行义务，符合修复条件");
        browser.one(By.cssSelector(item + " button[data-decision=APPROVE]")).click();
        browser.textAppears(By.cssSelector(item + " .decided"), "已通过");
        assertEquals("APPROVED", browser.one(By.cssSelector(item)).getAttribute("data-status"));
        browser.screenshot("authority-approved");

        // the file no longer shows it
        browser.open(web.url("/subject.html?key=" + data.jiafangCode + "#PENALTY"));
        WebElement panel = browser.visible(By.id("panel-PENALTY"));
        browser.waitFor(d -> panel.getText().contains(data.visiblePenalty));
        assertFalse(panel.getText().contains(data.repairablePenalty), "the repaired penalty is gone from the file");
        assertEquals(String.valueOf(data.jiafangVisiblePenalties().size() - 1),
                browser.one(By.cssSelector("#tab-PENALTY .tab-count")).getText());
        assertTrue(browser.all(By.cssSelector("[data-id='" + repairable.id() + "']")).isEmpty());

        // and the enterprise sees the decision
        enterprise(ServiceFixture.ENTERPRISE_KEY, data.jiafangCode, "applications");
        browser.visible(By.cssSelector("#applications [data-application='" + id + "'][data-status=APPROVED]"));
        assertTrue(browser.one(By.cssSelector("#applications [data-application='" + id + "']")).getText().contains("已通过"));
        // the progress link of the submission shows that one application (GET /api/repairs/{id})
        browser.open(web.url("/enterprise.html?code=" + data.jiafangCode + "&application=" + id + "#applications"));
        browser.visible(By.cssSelector("#application-detail [data-application='" + id + "'][data-status=APPROVED]"));
    }

    // ------------------------------------------------------------------ (c) grade and declarations

    @Test
    void subject_showsTheGradeLetter_andADeclarationMarkedUnverified() {
        enterprise(ServiceFixture.ENTERPRISE_KEY, data.jiafangCode, "declaration");
        new Select(browser.one(By.id("d-category"))).selectByVisibleText("荣誉");
        type("d-title", "南通市守合同重信用企业");
        type("d-issuer", ServiceFixture.AUTHORITY);
        date("d-date", data.today.minusMonths(2).toString());
        type("d-description", "连续三年获评。<img src=x onerror=alert(3)>");
        browser.one(By.cssSelector("#declaration-form button[type=submit]")).click();
        String id = browser.visible(By.id("declaration-id")).getText();
        assertTrue(id.startsWith("ZZ"), id);
        browser.screenshot("enterprise-declaration-done");

        JsonNode grade = Json.parse(web.service().get("/api/subjects/" + data.jiafangCode + "/grade").body());
        browser.open(web.url("/subject.html?key=" + data.jiafangCode));
        WebElement letter = browser.visible(By.id("grade-letter"));
        assertEquals(grade.path("grade").asText(), letter.getText(), "the letter the API gives the public");
        assertTrue(letter.getAttribute("class").contains("grade-" + grade.path("grade").asText()));
        assertEquals(grade.path("modelVersion").asText(), browser.one(By.id("grade-version")).getText(), "under its model version");
        assertTrue(browser.one(By.id("grade-explain")).getAttribute("href").endsWith("/about.html#grade-model"));
        assertTrue(browser.all(By.cssSelector(".grade-factors")).isEmpty(), "the public sees the letter only");

        WebElement declared = browser.visible(By.cssSelector("#declarations [data-declaration='" + id + "']"));
        assertEquals("自主申报·未核实", declared.findElement(By.cssSelector(".declaration-status")).getText());
        assertTrue(declared.getText().contains("南通市守合同重信用企业"));
        assertTrue(declared.getText().contains("<img src=x onerror=alert(3)>"), "the enterprise's text is shown as text");
        assertTrue(browser.all(By.cssSelector("#declarations img")).isEmpty(), "and makes no element");
        browser.screenshot("subject-grade-declarations");
        browser.phone(true);
        browser.open(web.url("/subject.html?key=" + data.jiafangCode + "#declarations"));
        browser.visible(By.cssSelector("#declarations [data-declaration='" + id + "']"));
        assertFitsAPhone("subject with declarations");
        browser.screenshot("subject-declarations-phone", browser.one(By.id("declarations")));
        browser.phone(false);

        browser.one(By.id("grade-explain")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/about.html#grade-model"));
        WebElement model = browser.visible(By.id("grade-model"));
        assertTrue(model.getText().contains("90 分及以上为 A"), "the thresholds");
        assertTrue(model.getText().contains("A 级权重 1，B 级 2，C 级 4，D 级 8"), "the inspection weights");
        browser.screenshot("about-grade-model");

        // an authority confirms it: the file says so
        authority(ServiceFixture.AUTHORITY_KEY, "declarations");
        type("v-id", id);
        browser.one(By.cssSelector("#declaration-form input[value=CONFIRM]")).click();
        browser.one(By.cssSelector("#declaration-form button[type=submit]")).click();
        browser.textAppears(By.id("declaration-result"), "已核实");
        browser.screenshot("authority-declaration-confirmed");
        browser.open(web.url("/subject.html?key=" + data.jiafangCode + "#declarations"));
        browser.textAppears(By.cssSelector("#declarations [data-declaration='" + id + "'] .declaration-status"), "自主申报·已核实");
    }

    // ------------------------------------------------------------------ the authority's other work

    @Test
    void fulfilment_recordedByTheAcceptingUnit_showsOnTheFile() {
        HttpResponse<String> created = post("/api/commitments", ServiceFixture.ENTERPRISE_KEY,
                "{\"subjectName\":\"" + data.jiafangName + "\",\"commitmentType\":\"主动型\",\"content\":\"按时整改。\","
                        + "\"liability\":\"自愿接受处理。\",\"acceptingUnit\":\"" + ServiceFixture.AUTHORITY + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String code = Json.parse(created.body()).path("commitmentCode").asText();

        // another department may not
        authority(ServiceFixture.OTHER_AUTHORITY_KEY, "fulfilment");
        type("f-code", code);
        browser.one(By.cssSelector("#fulfilment-form input[value='全部未履行']")).click();
        browser.one(By.cssSelector("#fulfilment-form button[type=submit]")).click();
        browser.textAppears(By.id("fulfilment-form"), "请填写未履行的承诺内容");
        type("f-unfulfilled", "未按承诺完成整改");
        browser.one(By.cssSelector("#fulfilment-form button[type=submit]")).click();
        browser.textAppears(By.id("fulfilment-result"), "只有作出决定或受理承诺的部门可以办理此事项");
        browser.screenshot("authority-fulfilment-refused");

        authority(ServiceFixture.AUTHORITY_KEY, "fulfilment");
        type("f-code", code);
        browser.one(By.cssSelector("#fulfilment-form input[value='全部未履行']")).click();
        type("f-unfulfilled", "未按承诺完成整改");
        browser.one(By.cssSelector("#fulfilment-form button[type=submit]")).click();
        browser.textAppears(By.id("fulfilment-result"), "履行状态已记录");
        browser.screenshot("authority-fulfilment");

        browser.open(web.url("/subject.html?key=" + data.jiafangCode + "#COMMITMENT"));
        WebElement record = browser.visible(By.xpath("//*[@id='panel-COMMITMENT']//li[contains(., '" + code + "')]"));
        assertTrue(record.getText().contains("履行状态：全部未履行"), record.getText());
    }

    @Test
    void inspectionPlan_drawnOnThePage_isPublishedWithSeedDigestAndARecheckLink() {
        authority(ServiceFixture.AUTHORITY_KEY, "inspection");
        type("p-name", "2026年度产品质量双随机抽查");
        new Select(browser.one(By.id("p-region"))).selectByValue("320602");
        type("p-size", "5");
        type("p-seed", "published-seed-42");
        browser.one(By.cssSelector("#plan-form button[type=submit]")).click();
        WebElement plan = browser.visible(By.id("plan"));
        assertEquals("published-seed-42", browser.one(By.id("plan-seed")).getText());
        assertTrue(browser.one(By.id("plan-digest")).getText().matches("SHA-256 [0-9a-f]{64}"), "the population digest");
        List<WebElement> rows = browser.all(By.cssSelector("#plan-drawn tbody tr"));
        assertEquals(5, rows.size(), "five drawn");
        for (WebElement row : rows) {
            assertTrue(row.findElement(By.cssSelector(".grade")).getText().matches("[ABCD]"), "each with its grade");
        }
        assertTrue(plan.getText().contains("崇川区"));
        String population = browser.one(By.id("plan-population")).getAttribute("href");
        assertTrue(population.matches(".*/api/inspections/plans/SJJH\\d{18}\\?population=1"), population);
        assertTrue(browser.driver().getCurrentUrl().matches(".*/authority\\.html\\?plan=SJJH\\d{18}#inspection"), "shareable");
        browser.screenshot("authority-plan");

        // the recheck link answers the population; the plan's address works for anyone, without a key
        String id = population.replaceAll(".*/plans/(SJJH\\d{18}).*", "$1");
        JsonNode published = Json.parse(web.service().get("/api/inspections/plans/" + id + "?population=1").body());
        assertEquals(published.path("populationSize").asInt(), published.path("population").size());
        String shared = browser.driver().getCurrentUrl();
        browser.js("sessionStorage.clear()");
        browser.open(web.url("/about.html"));   // (the same address again would only move to the hash)
        browser.open(shared);
        browser.visible(By.id("plan"));
        assertEquals(5, browser.all(By.cssSelector("#plan-drawn tbody tr")).size());
        assertTrue(browser.one(By.id("key-status")).getText().contains("尚未填写密钥"));
    }

    @Test
    void authorityPage_withoutAKey_saysWhatIsNeeded() {
        browser.open(web.url("/authority.html"));
        browser.textAppears(By.id("queue"), "填写部门 API 密钥后");
        browser.one(By.id("tab-inspection")).click();
        type("p-name", "抽查");
        browser.one(By.cssSelector("#plan-form button[type=submit]")).click();
        browser.textAppears(By.id("plan-result"), "此操作需要监管部门密钥");
        assertEquals("apikey", browser.driver().switchTo().activeElement().getAttribute("id"), "focus goes to the key");
        // an enterprise's key cannot draw plans
        authority(ServiceFixture.ENTERPRISE_KEY, "inspection");
        type("p-name", "抽查");
        browser.one(By.cssSelector("#plan-form button[type=submit]")).click();
        browser.textAppears(By.id("plan-result"), "该密钥不是监管部门密钥");
    }

    @Test
    void serviceTabs_followTheArrowKeys_andLiveInTheHash() {
        browser.open(web.url("/enterprise.html#declaration"));
        assertEquals("true", browser.one(By.id("tab-declaration")).getAttribute("aria-selected"), "the hash selects the tab");
        assertTrue(browser.one(By.id("panel-declaration")).isDisplayed());
        WebElement tab = browser.one(By.id("tab-declaration"));
        tab.click();
        tab.sendKeys(Keys.HOME);
        browser.waitFor(d -> "true".equals(browser.one(By.id("tab-commitment")).getAttribute("aria-selected")));
        assertEquals("tab-commitment", browser.driver().switchTo().activeElement().getAttribute("id"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        browser.waitFor(d -> browser.driver().getCurrentUrl().endsWith("#repair"));
        assertTrue(browser.one(By.id("panel-repair")).isDisplayed());
        assertFalse(browser.one(By.id("panel-commitment")).isDisplayed());
        // without a code the repair tab says what it needs
        assertTrue(browser.one(By.id("repair-records")).getText().contains("统一社会信用代码"));
    }

    // ------------------------------------------------------------------ phones

    @Test
    void servicePages_phoneWidth_fit() {
        browser.phone(true);
        enterprise(ServiceFixture.ENTERPRISE_KEY, data.jiafangCode, null);
        browser.textAppears(By.id("own-subject"), data.jiafangName);
        assertFitsAPhone("enterprise: commitment");
        assertEquals(2, ((Number) browser.js("const r = [...document.querySelectorAll('.site-nav li')].map(li => li.getBoundingClientRect().top);"
                + "return new Set(r.map(Math.round)).size")).intValue(), "eight nav items in two rows");
        browser.screenshot("enterprise-phone");
        tab("repair");
        browser.visible(By.cssSelector("#repair-records .choice, #repair-records p"));
        assertFitsAPhone("enterprise: repair");
        browser.screenshot("enterprise-repair-phone");
        tab("applications");
        browser.waitFor(d -> browser.one(By.id("applications")).getAttribute("aria-busy") == null);
        assertFitsAPhone("enterprise: applications");
        browser.screenshot("enterprise-applications-phone");
        tab("declaration");
        assertFitsAPhone("enterprise: declaration");
        browser.screenshot("enterprise-declaration-phone");

        authority(ServiceFixture.AUTHORITY_KEY, null);
        browser.waitFor(d -> browser.one(By.id("queue")).getAttribute("aria-busy") == null);
        assertFitsAPhone("authority: queue");
        browser.screenshot("authority-phone");
        tab("fulfilment");
        assertFitsAPhone("authority: fulfilment");
        browser.screenshot("authority-fulfilment-phone");
        tab("inspection");
        type("p-name", "手机端抽查");
        type("p-size", "3");
        browser.one(By.cssSelector("#plan-form button[type=submit]")).click();
        browser.visible(By.id("plan"));
        assertFitsAPhone("authority: plan");
        browser.screenshot("authority-plan-phone");

        browser.open(web.url("/subject.html?key=" + data.jiafangCode));
        browser.visible(By.id("grade-letter"));
        assertFitsAPhone("subject with grade");
        browser.screenshot("subject-grade-phone");
        browser.open(web.url("/about.html#grade-model"));
        assertFitsAPhone("about with the grade model");
        browser.screenshot("about-grade-model-phone", browser.one(By.id("grade-model")));
    }
}
