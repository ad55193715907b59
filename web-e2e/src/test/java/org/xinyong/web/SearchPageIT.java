package org.xinyong.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The home page: typeahead (keyboard), results with highlights, a facet, the URL and back button, the empty state. */
class SearchPageIT extends PageTestBase {

    @Test
    void typeahead_arrowKeysAndEnter_openTheSubject() {
        browser.open(web.url("/"));
        browser.screenshot("home");
        WebElement input = browser.visible(By.id("q"));
        assertEquals("combobox", input.getAttribute("role"));
        input.sendKeys("南通国际");
        WebElement listbox = browser.visible(By.id("q-listbox"));
        browser.textAppears(By.id("q-listbox"), data.jiafangName);
        assertEquals("true", input.getAttribute("aria-expanded"));
        assertFalse(listbox.findElements(By.cssSelector("[role=option]")).isEmpty());
        browser.screenshot("search-typeahead");

        input.sendKeys(Keys.ARROW_DOWN);
        WebElement first = listbox.findElement(By.cssSelector("[role=option]"));
        assertEquals(first.getAttribute("id"), input.getAttribute("aria-activedescendant"));
        assertEquals("true", first.getAttribute("aria-selected"));
        assertTrue(first.getText().contains(data.jiafangName), first.getText());

        input.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("/subject.html?key=" + data.jiafangCode));
        browser.textAppears(By.id("subject-name"), data.jiafangName);
    }

    @Test
    void typeahead_escape_closesTheList_initialsFindSubjects() {
        browser.open(web.url("/"));
        WebElement input = browser.visible(By.id("q"));
        input.sendKeys("ntjf");
        browser.textAppears(By.id("q-listbox"), data.jiafangName);
        input.sendKeys(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("q-listbox")));
        assertEquals("false", input.getAttribute("aria-expanded"));
        assertEquals("ntjf", input.getAttribute("value"), "the first Escape only closes the list");
    }

    @Test
    void search_subjectsOnlyNamedLikeTheText_areOfferedAsSuch_afterTheRecordsAboutTheWords() {
        browser.open(web.url("/?q=" + WebFixture.enc("食品安全")));
        browser.textAppears(By.id("subjects-heading"), "名称相近");
        browser.textAppears(By.id("summary"), "共找到");
        WebElement first = browser.visible(By.cssSelector("#result-body .hit"));
        assertTrue(first.getText().contains(data.topicPenalty), first.getText());
        assertEquals(Boolean.TRUE, stripComesAfterTheHits(), "a did-you-mean, after what the words found");
        browser.screenshot("search-approximate-subjects");

        browser.open(web.url("/?q=" + WebFixture.enc("南通国际家访产业园")));
        browser.textAppears(By.id("subjects-heading"), "名称相近");
        browser.visible(By.cssSelector("#result-body .hit"));
        assertEquals(Boolean.FALSE, stripComesAfterTheHits(), "a mistyped name: its subject's records lead, its card first");

        browser.open(web.url("/?q=" + WebFixture.enc("家纺")));
        browser.textAppears(By.id("summary"), "共找到");
        assertEquals("相关主体", browser.visible(By.id("subjects-heading")).getText());
    }

    private Object stripComesAfterTheHits() {
        return browser.js("const strip = document.querySelector('#result-body .subjects-strip');"
                + "const hits = document.querySelector('#result-body ol.hits');"
                + "if (!strip || !hits) return null;"
                + "return !!(hits.compareDocumentPosition(strip) & Node.DOCUMENT_POSITION_FOLLOWING);");
    }

    @Test
    void search_wordsThatNameAFacet_areSaid_andOfferedAsFilters() {
        browser.open(web.url("/?q=" + WebFixture.enc("崇川 食品 罚款")));
        WebElement said = browser.visible(By.cssSelector("#result-body .understood"));
        assertTrue(said.getText().contains("崇川区") && said.getText().contains("行政处罚"), said.getText());
        WebElement first = browser.visible(By.cssSelector("#result-body .hit"));
        assertTrue(first.getText().contains(data.foodPenalty), "no one field has all three words: " + first.getText());
        browser.screenshot("search-understood-words");

        said.findElement(By.cssSelector("a.understood-filter")).click();
        browser.waiting().until(ExpectedConditions.urlContains("region=320602"));
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.contains("kind=PENALTY") && url.contains("q=" + WebFixture.enc("食品")) && !url.contains(WebFixture.enc("崇川")), url);
        browser.textAppears(By.id("chips"), "崇川区");
        browser.waitFor(d -> browser.all(By.cssSelector("#result-body .understood")).isEmpty());
        assertTrue(browser.visible(By.cssSelector("#result-body .hit")).getText().contains(data.foodPenalty));

        // typed together, as people do; the city is no filter and goes unmentioned
        browser.open(web.url("/?q=" + WebFixture.enc("南通国际家纺产业园处罚")));
        said = browser.visible(By.cssSelector("#result-body .understood"));
        assertTrue(said.getText().contains("行政处罚") && !said.getText().contains("南通市"), said.getText());
        said.findElement(By.cssSelector("a.understood-filter")).click();
        browser.waiting().until(ExpectedConditions.urlContains("kind=PENALTY"));
        assertTrue(browser.driver().getCurrentUrl().contains("q=" + WebFixture.enc("南通国际家纺产业园") + "&"),
                browser.driver().getCurrentUrl());

        // one word that names a kind: the filter alone, no text left
        browser.open(web.url("/?q=" + WebFixture.enc("黑名单")));
        said = browser.visible(By.cssSelector("#result-body .understood"));
        assertTrue(said.getText().contains("失信惩戒"), said.getText());
        assertTrue(browser.visible(By.cssSelector("#result-body .hit")).getText().contains(data.blackName));
        said.findElement(By.cssSelector("a.understood-filter")).click();
        browser.waiting().until(ExpectedConditions.urlContains("kind=BLACK_LIST"));
        assertFalse(browser.driver().getCurrentUrl().contains("q="), browser.driver().getCurrentUrl());
    }

    @Test
    void search_facet_filtersAndTheUrlKeepsIt_backButtonRestores() {
        browser.open(web.url("/"));
        WebElement input = browser.visible(By.id("q"));
        input.sendKeys("家纺", Keys.ENTER);
        browser.textAppears(By.id("summary"), "共找到");
        assertTrue(browser.driver().getCurrentUrl().contains("q=" + WebFixture.enc("家纺")), browser.driver().getCurrentUrl());
        List<WebElement> marks = browser.all(By.cssSelector("#result-body em.hl"));
        assertFalse(marks.isEmpty(), "matches are highlighted");
        assertTrue(marks.stream().allMatch(m -> m.getText().contains("家") || m.getText().contains("纺")),
                "only the query terms are highlighted");
        browser.visible(By.cssSelector(".subject-card"));
        browser.screenshot("search-results");

        int before = browser.all(By.cssSelector("#result-body .hit")).size();
        WebElement license = browser.visible(By.cssSelector("#facet-body input[name=kind][value=LICENSE]"));
        license.click();
        browser.waiting().until(ExpectedConditions.urlContains("kind=LICENSE"));
        browser.visible(By.cssSelector("#chips .chip"));
        browser.waitFor(d -> browser.all(By.cssSelector("#result-body .hit")).size() < before
                && !browser.all(By.cssSelector("#result-body .hit")).isEmpty());
        for (WebElement kind : browser.all(By.cssSelector("#result-body .hit .pill-kind"))) {
            assertEquals("行政许可", kind.getText());
        }
        assertTrue(browser.one(By.cssSelector("#facet-body input[name=kind][value=LICENSE]")).isSelected());
        browser.screenshot("search-facet");

        browser.driver().navigate().back();
        browser.waitFor(d -> !d.getCurrentUrl().contains("kind=LICENSE"));
        browser.waitFor(d -> browser.all(By.cssSelector("#result-body .hit")).size() == before);
        assertFalse(browser.one(By.cssSelector("#facet-body input[name=kind][value=LICENSE]")).isSelected());
        assertEquals("家纺", browser.one(By.id("q")).getAttribute("value"));

        browser.driver().navigate().forward();
        browser.waiting().until(ExpectedConditions.urlContains("kind=LICENSE"));
        String shared = browser.driver().getCurrentUrl();

        // the link is shareable: opening it anew gives the same filtered view
        browser.open(shared);
        browser.textAppears(By.id("summary"), "共找到");
        assertTrue(browser.one(By.cssSelector("#facet-body input[name=kind][value=LICENSE]")).isSelected());
        assertEquals("家纺", browser.one(By.id("q")).getAttribute("value"));
    }

    @Test
    void search_paging_isInTheUrl() {
        browser.open(web.url("/?q=" + WebFixture.enc("测试")));
        browser.textAppears(By.id("summary"), "共找到");
        WebElement next = browser.visible(By.cssSelector(".pager a[aria-label='下一页']"));
        next.click();
        browser.waiting().until(ExpectedConditions.urlContains("page=2"));
        browser.textAppears(By.id("summary"), "第 2 /");
        assertEquals("page", browser.one(By.cssSelector(".pager [aria-current=page]")).getAttribute("aria-current"));
    }

    @Test
    void search_nothingFound_explainsHowToSearch() {
        browser.open(web.url("/?q=" + WebFixture.enc("查无此企业ZZQ")));
        WebElement empty = browser.visible(By.cssSelector("#result-body .empty"));
        assertTrue(empty.getText().contains("统一社会信用代码"), empty.getText());
        assertTrue(empty.getText().contains("首字母"), empty.getText());
        browser.screenshot("search-empty");

        // a code with a wrong check character: the page says which character is wrong
        String code = data.jiafangCode;
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        browser.open(web.url("/?q=" + code.substring(0, 17) + wrong));
        browser.textAppears(By.id("result-body"), "校验位");
    }

    @Test
    void search_phoneWidth_hasNoSidewaysScrolling() {
        browser.phone(true);
        try {
            browser.open(web.url("/?q=" + WebFixture.enc("家纺")));
            browser.textAppears(By.id("summary"), "共找到");
            assertFalse(browser.overflowsHorizontally(), "the page fits 375 px");
            browser.screenshot("search-phone");
        } finally {
            browser.phone(false);
        }
    }
}
