package org.xinyong.indexer.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyong.indexer.Fixtures.CODE_A;
import static org.xinyong.indexer.Fixtures.CODE_B;
import static org.xinyong.indexer.Fixtures.PERSON_ID;
import static org.xinyong.indexer.Fixtures.accepted;
import static org.xinyong.indexer.Fixtures.badCheck;
import static org.xinyong.indexer.Fixtures.parse;
import static org.xinyong.indexer.Fixtures.rejected;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinyong.indexer.Fixtures;

/** Every kind of bad row is rejected with a reason a clerk can act on; its good neighbours load. */
class BadRowsTest {
    static final String HEADER = "行政相对人名称,行政相对人类别,统一社会信用代码,证件号码,行政处罚决定书文号,处罚类别,"
            + "罚款金额（万元）,处罚决定日期,处罚机关";

    static String good(int n) {
        return "南通金梭家纺有限公司,法人及非法人组织," + CODE_B + ",,通市监罚〔2025〕" + n + "号,罚款,1.5,2025-03-01,南通市市场监督管理局";
    }

    @Test
    void eachProblem_rejectedWithLineFieldAndReason_neighboursAccepted(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "bad.csv", HEADER,
                good(1),
                "南通国际家纺产业园有限公司,法人及非法人组织," + badCheck(CODE_A) + ",,通市监罚〔2025〕2号,罚款,1,2025-03-01,南通市市场监督管理局",
                good(3),
                "南通国际家纺产业园有限公司,法人及非法人组织," + CODE_A + ",,通市监罚〔2025〕4号,罚款,1,2025-13-45,南通市市场监督管理局",
                ",法人及非法人组织," + CODE_A + ",,通市监罚〔2025〕5号,罚款,1,2025-03-01,南通市市场监督管理局",
                "南通国际家纺产业园有限公司,法人及非法人组织," + CODE_A + ",,通市监罚〔2025〕6号,罚款,-3,2025-03-01,南通市市场监督管理局",
                "南通国际家纺产业园有限公司,法人及非法人组织," + CODE_A + ",,通市监罚〔2025〕7号,责令改正,,2025-03-01,南通市市场监督管理局",
                "张伟,自然人,," + PERSON_ID.substring(0, 17) + "0,通市监罚〔2025〕8号,警告,,2025-03-01,南通市市场监督管理局",
                "南通国际家纺产业园有限公司,法人及非法人组织," + CODE_A + ",,通市监罚〔2025〕9号,罚款,,2025-03-01,南通市市场监督管理局",
                "南通国际家纺产业园有限公司,法人及非法人组织," + CODE_A + ",,通市监罚〔2025〕10号,警告,,2027-01-01,南通市市场监督管理局",
                "南通国际家纺产业园有限公司,法人及非法人组织," + CODE_A + ",,通市监罚〔2025〕11号,警告,,2025-03-01,南通市市场监督管理局,多余,列",
                "南通国际家纺产业园有限公司,外星人," + CODE_A + ",,通市监罚〔2025〕12号,警告,,2025-03-01,南通市市场监督管理局",
                "",
                good(13));
        List<ParsedRow> rows = parse(file);
        assertEquals(13, rows.size(), "blank lines are not rows");
        assertEquals(3, accepted(rows).size(), () -> rejected(rows).toString());
        Map<Long, ParsedRow.Rejected> byLine = rejected(rows).stream()
                .collect(Collectors.toMap(ParsedRow.Rejected::line, r -> r));
        assertReject(byLine, 3, "统一社会信用代码", "校验位错误");
        assertReject(byLine, 5, "处罚决定日期", "不存在");
        assertReject(byLine, 6, "行政相对人名称", "必填项为空");
        assertReject(byLine, 7, "罚款金额（万元）", "不能为负数");
        assertReject(byLine, 8, "处罚类别", "不在国家标准处罚类别中");
        assertReject(byLine, 9, "证件号码", "校验位错误");
        assertReject(byLine, 10, "罚款金额（万元）", "罚款金额必填");
        assertReject(byLine, 11, "处罚决定日期", "晚于今天");
        assertReject(byLine, 12, "（整行）", "比表头多");
        assertReject(byLine, 13, "行政相对人类别", "不是规定的取值");
        assertEquals(List.of(2L, 4L, 15L), accepted(rows).stream().map(ParsedRow::line).toList(),
                "line numbers are spreadsheet rows, blank lines counted");
        assertTrue(byLine.get(3L).originalRow().startsWith("南通国际家纺产业园有限公司,法人及非法人组织,"));
    }

    @Test
    void severalProblems_allReportedInOneReject(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "multi.csv", HEADER,
                "," + "法人及非法人组织," + badCheck(CODE_A) + ",,,罚款,abc,2025-02-30,");
        ParsedRow.Rejected r = rejected(parse(file)).get(0);
        for (String field : List.of("行政相对人名称", "统一社会信用代码", "行政处罚决定书文号", "罚款金额（万元）", "处罚决定日期", "处罚机关")) {
            assertTrue(r.field().contains(field), r.field());
            assertTrue(r.reason().contains(field + "："), r.reason());
        }
    }

    @Test
    void personIdNeverInReason(@TempDir Path dir) throws Exception {
        String wrong = PERSON_ID.substring(0, 17) + (PERSON_ID.charAt(17) == '1' ? '2' : '1');
        Path file = Fixtures.utf8(dir, "p.csv", HEADER,
                "张伟,自然人,," + wrong + ",通市监罚〔2025〕8号,警告,,2025-03-01,南通市市场监督管理局");
        ParsedRow.Rejected r = rejected(parse(file)).get(0);
        assertFalse(r.reason().contains(wrong.substring(0, 10)));
        assertTrue(r.originalRow().contains(wrong), "the department's own row goes back to it unchanged");
        assertFalse(r.toString().contains(wrong.substring(0, 10)), "safe to log");
        Path idAsCode = Fixtures.utf8(dir, "q.csv", HEADER,
                "张伟,法人及非法人组织," + PERSON_ID + ",,通市监罚〔2025〕8号,警告,,2025-03-01,南通市市场监督管理局");
        ParsedRow.Rejected q = rejected(parse(idAsCode)).get(0);
        assertTrue(q.reason().contains("是身份证号码"), q.reason());
        assertFalse(q.reason().contains(PERSON_ID.substring(0, 10)), q.reason());
    }

    @Test
    void rejectWriter_bomHeaderAndOriginalColumns(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "feed.csv", HEADER, good(1),
                "\"南通国际家纺产业园有限公司\",法人及非法人组织," + badCheck(CODE_A) + ",,\"通市监罚〔2025〕2号, 补\",罚款,1,2025-03-01,南通市市场监督管理局");
        Path target;
        try (Feed feed = Feed.open(file, Optional.empty(), Fixtures.context(file));
             RejectWriter rejects = RejectWriter.forFeed(feed)) {
            target = rejects.target();
            for (var it = feed.rows(); it.hasNext(); ) {
                if (it.next() instanceof ParsedRow.Rejected r) {
                    rejects.write(r);
                }
            }
        }
        assertEquals(dir.resolve("feed.csv.rejects.csv"), target);
        byte[] bytes = Files.readAllBytes(target);
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals("行号,问题字段,原因," + HEADER, lines[0]);
        assertTrue(lines[1].startsWith("3,统一社会信用代码,"), lines[1]);
        assertTrue(lines[1].endsWith(",南通国际家纺产业园有限公司,法人及非法人组织," + badCheck(CODE_A)
                + ",,\"通市监罚〔2025〕2号, 补\",罚款,1,2025-03-01,南通市市场监督管理局"), lines[1]);
        assertFalse(Files.exists(dir.resolve("feed.csv.rejects.csv.tmp")));
    }

    @Test
    void rejectWriter_noRejects_removesStaleFile(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "clean.csv", HEADER, good(1));
        Path stale = Files.writeString(RejectWriter.defaultPath(file), "old");
        try (Feed feed = Feed.open(file, Optional.empty(), Fixtures.context(file));
             RejectWriter rejects = RejectWriter.forFeed(feed)) {
            feed.rows().forEachRemaining(r -> { });
            assertEquals(0, rejects.count());
        }
        assertFalse(Files.exists(stale));
    }

    private static void assertReject(Map<Long, ParsedRow.Rejected> byLine, long line, String field, String reason) {
        ParsedRow.Rejected r = byLine.get(line);
        assertTrue(r != null, "line " + line + " should be rejected; rejected: " + byLine.keySet());
        assertEquals(field, r.field(), r.toString());
        assertTrue(r.reason().contains(reason), r.reason());
    }
}
