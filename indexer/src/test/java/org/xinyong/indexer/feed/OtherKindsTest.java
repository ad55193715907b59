package org.xinyong.indexer.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyong.indexer.Fixtures.CODE_A;
import static org.xinyong.indexer.Fixtures.CODE_AUTHORITY;
import static org.xinyong.indexer.Fixtures.CODE_B;
import static org.xinyong.indexer.Fixtures.CODE_SHOP;
import static org.xinyong.indexer.Fixtures.PERSON_ID;
import static org.xinyong.indexer.Fixtures.accepted;
import static org.xinyong.indexer.Fixtures.parse;
import static org.xinyong.indexer.Fixtures.rejected;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.core.model.SubjectType;
import org.xinyong.core.model.Tier;
import org.xinyong.indexer.Fixtures;

class OtherKindsTest {

    @Test
    void licences_categorySynonymsValidityAndWindow(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "xk.csv",
                "XK_XDR_MC,XK_XDR_SHXYM,XK_XKWS,XK_WSH,XK_XKLB,XK_XKZS,XK_XKBH,XK_JDRQ,XK_YXQZ,XK_YXQZI,XK_XKJG,XK_XKJGDM",
                "崇川区张记小吃店," + CODE_SHOP + ",准予行政许可决定书,崇行审许〔2025〕8号,普通许可,食品经营许可证,JY13206020001,"
                        + "2025-01-10,2025-01-10,2030-01-09,崇川区行政审批局," + CODE_AUTHORITY,
                "南通金梭家纺有限公司," + CODE_B + ",准予行政许可决定书,崇行审许〔2025〕9号,备案,,,2025-01-10,2025-01-10,2024-01-09,"
                        + "崇川区行政审批局,");
        List<ParsedRow> rows = parse(file);
        CreditRecord r = accepted(rows).get(0).record();
        assertEquals(RecordKind.LICENSE, r.kind());
        assertEquals(SubjectType.INDIVIDUAL_BUSINESS, r.subjectType(), "92… codes are individual businesses");
        assertEquals("普通", r.category());
        assertEquals("食品经营许可证", r.extra().get("许可证书名称"));
        assertEquals(LocalDate.of(2030, 1, 10), r.publicityEnd(), "public while valid");
        assertEquals(null, r.tier());
        ParsedRow.Rejected bad = rejected(rows).get(0);
        assertTrue(bad.reason().contains("XK_XKLB（许可类别）：“备案”不是规定的取值"), bad.reason());
        assertTrue(bad.reason().contains("早于有效期自"), bad.reason());
    }

    @Test
    void blackList_courtDefaulterPersonAndAbnormalOperation(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "blacklist.csv",
                "主体名称,主体类别,统一社会信用代码,证件号码,名单类型,失信行为具体情形,认定部门,列入日期,移出日期,案号,履行情况",
                "张伟,自然人,," + PERSON_ID + ",失信被执行人,拒不履行,南通市崇川区人民法院,2025-02-01,,（2025）苏0602执12号,全部未履行",
                "南通金梭家纺有限公司,法人及非法人组织," + CODE_B + ",,经营异常名录,通过登记的住所无法联系,南通市市场监督管理局,"
                        + "2025-02-01,2025-08-01,,",
                "南通国际家纺产业园有限公司,,," + "," + "失信被执行人,拒不履行,南通市崇川区人民法院,2025-02-01,,,");
        try (Feed feed = Feed.open(file, Optional.empty(), Fixtures.context(file))) {
            assertEquals(FeedKind.BLACK_LIST, feed.kind());
        }
        List<ParsedRow> rows = parse(file);
        CreditRecord court = accepted(rows).get(0).record();
        assertEquals(ListType.COURT_DEFAULTER, court.listType());
        assertEquals(RecordKind.BLACK_LIST, court.kind());
        assertEquals(Tier.SERIOUS, court.tier());
        assertEquals("（2025）苏0602执12号", court.documentNumber());
        assertEquals(LocalDate.of(2028, 2, 1), court.publicityEnd());
        CreditRecord abnormal = accepted(rows).get(1).record();
        assertEquals(Tier.GENERAL, abnormal.tier());
        assertEquals(LocalDate.of(2025, 8, 2), abnormal.publicityEnd(), "移出日期 ends publicity");
        assertTrue(rejected(rows).get(0).reason().contains("统一社会信用代码和证件号码不能都为空"));
        assertTrue(rejected(rows).get(0).reason().contains("须填写案号"));
    }

    @Test
    void redList_byFileNameAndWrongSideRefusedWhenKindGiven(@TempDir Path dir) throws Exception {
        String header = "主体名称,统一社会信用代码,名单类型,认定部门,列入日期,有效期至";
        String red = "南通金梭家纺有限公司," + CODE_B + ",纳税信用A级纳税人,国家税务总局南通市税务局,2025-04-15,2026-04-14";
        String black = "南通国际家纺产业园有限公司," + CODE_A + ",严重失信主体名单,南通市发展和改革委员会,2025-04-15,";
        Path named = Fixtures.utf8(dir, "守信激励名单.csv", header, red, black);
        try (Feed feed = Feed.open(named, Optional.empty(), Fixtures.context(named))) {
            assertEquals(FeedKind.RED_LIST, feed.kind());
        }
        List<ParsedRow> detected = parse(named);
        assertEquals(RecordKind.RED_LIST, accepted(detected).get(0).record().kind());
        assertEquals(RecordKind.BLACK_LIST, accepted(detected).get(1).record().kind(), "rows say their side");
        List<ParsedRow> forced = parse(named, FeedKind.RED_LIST);
        assertEquals(1, accepted(forced).size());
        assertTrue(rejected(forced).get(0).reason().contains("与本文件的类型（守信激励名单）不符"));
        assertEquals(null, accepted(forced).get(0).record().tier());
    }

    @Test
    void redList_taxpayerYearOnly(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "a.csv", "纳税人名称,纳税人识别号,评价年度,数据来源",
                "南通金梭家纺有限公司," + CODE_B + ",2025年度,国家税务总局南通市税务局");
        CreditRecord r = accepted(parse(file)).get(0).record();
        assertEquals(ListType.TAX_A, r.listType());
        assertEquals(LocalDate.of(2025, 12, 31), r.decisionDate());
        assertEquals("国家税务总局南通市税务局", r.authority());
    }

    @Test
    void commitments_codeOrIdInOneColumn_dateFromNumber_unpublished(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "cn.csv",
                "承诺编码,承诺人名称,承诺人类别,承诺人代码,承诺类型,承诺事由,承诺内容,违诺责任,承诺作出日期,承诺有效期,承诺履行状态,"
                        + "未履行的承诺内容,违诺责任追究内容,承诺受理单位,受理单位代码,公开类型",
                "32060220250301000001,南通金梭家纺有限公司,法人及非法人组织," + CODE_B + ",告知承诺,申请许可,内容,责任,2025-03-01,"
                        + "2026-02-28,全部履行,,,南通市行政审批局," + CODE_AUTHORITY + ",可向社会公开",
                "32060220250302000002,张伟,自然人," + PERSON_ID + ",信用修复型,申请修复,内容,责任,,,已履行,,,南通市行政审批局,"
                        + CODE_AUTHORITY + ",不可公开",
                "32060220250303000003,南通国际家纺产业园有限公司,," + CODE_A + ",主动型,,,,2025-03-03,,部分履行,,,南通市行政审批局,"
                        + CODE_AUTHORITY + ",");
        List<ParsedRow> rows = parse(file);
        CreditRecord company = accepted(rows).get(0).record();
        assertEquals(RecordKind.COMMITMENT, company.kind());
        assertEquals("审批替代型", company.category());
        assertEquals(LocalDate.of(2026, 3, 1), company.publicityEnd());
        CreditRecord person = accepted(rows).get(1).record();
        assertEquals(SubjectType.NATURAL_PERSON, person.subjectType());
        assertEquals(LocalDate.of(2025, 3, 2), person.decisionDate(), "from 承诺编码 positions 7–14");
        assertEquals("320602", person.region(), "from 承诺编码 positions 1–6");
        assertEquals(person.publicityStart(), person.publicityEnd(), "不可公开: kept, never published");
        assertEquals("全部履行", person.fulfilment());
        assertTrue(rejected(rows).get(0).reason().contains("承诺履行状态为“部分履行”时必填"));
        assertEquals(company.id(), accepted(parse(file)).get(0).record().id());
    }

    @Test
    void inspectionsAndEvaluations(@TempDir Path dir) throws Exception {
        Path inspections = Fixtures.utf8(dir, "ins.csv",
                "检查对象名称,统一社会信用代码,抽查计划编号,抽查任务编号,检查事项,检查日期,检查结果,检查机关",
                "南通金梭家纺有限公司," + CODE_B + ",JH1,RW1,企业公示信息的检查,2025-05-01,合格,南通市市场监督管理局",
                "南通国际家纺产业园有限公司," + CODE_A + ",JH1,RW1,企业公示信息的检查,2025-05-01,查无下落,南通市市场监督管理局",
                "南通国际家纺产业园有限公司," + CODE_A + ",JH1,RW1,企业公示信息的检查,2025-05-01,良好,南通市市场监督管理局");
        List<ParsedRow> ins = parse(inspections);
        assertEquals("未发现问题", accepted(ins).get(0).record().category());
        assertEquals("通过登记的住所（经营场所）无法联系", accepted(ins).get(1).record().category());
        assertNotEquals(accepted(ins).get(0).record().id(), accepted(ins).get(1).record().id());
        assertEquals(1, rejected(ins).size());
        Path evaluations = Fixtures.utf8(dir, "ev.csv", "评价对象,统一社会信用代码,评价类型,评价等级,评价年度,评价机关",
                "南通金梭家纺有限公司," + CODE_B + ",纳税信用评价,A级,2024,国家税务总局南通市税务局",
                "南通金梭家纺有限公司," + CODE_B + ",纳税信用评价,E,2024,国家税务总局南通市税务局");
        List<ParsedRow> ev = parse(evaluations);
        CreditRecord grade = accepted(ev).get(0).record();
        assertEquals("A", grade.grade());
        assertEquals(LocalDate.of(2024, 12, 31), grade.decisionDate());
        assertEquals("2024", grade.extra().get("评价年度"));
        assertTrue(rejected(ev).get(0).reason().contains("“E”不是规定的取值"));
    }

    @Test
    void statusFeed_idComputedLikeTheRecordsOwn(@TempDir Path dir) throws Exception {
        Path penalties = Fixtures.utf8(dir, "p.csv", "行政相对人名称,统一社会信用代码,行政处罚决定书文号,处罚类别,罚款金额（万元）,处罚决定日期,处罚机关",
                "南通金梭家纺有限公司," + CODE_B + ",通市监罚〔2025〕1号,罚款,1,2025-01-02,南通市市场监督管理局");
        String id = accepted(parse(penalties)).get(0).record().id();
        Path statuses = Fixtures.utf8(dir, "s.csv", "记录编号,行政处罚决定书文号,处罚机关,新状态,状态日期",
                ",通市监罚[2025]1号, 南通市市场监督管理局 ,已修复,2025-06-01",
                "abc123,,,撤销,2025/6/2",
                ",通市监罚〔2025〕1号,,过期,2025-06-03",
                ",,,作废,2025-06-04");
        try (Feed feed = Feed.open(statuses, Optional.empty(), Fixtures.context(statuses))) {
            assertEquals(FeedKind.STATUS, feed.kind());
        }
        List<ParsedRow> rows = parse(statuses);
        ParsedRow.StatusChange repaired = (ParsedRow.StatusChange) rows.get(0);
        assertEquals(id, repaired.recordId());
        assertEquals(RecordStatus.REPAIRED, repaired.status());
        assertEquals(LocalDate.of(2025, 6, 1), repaired.date());
        assertEquals(",通市监罚[2025]1号,\" 南通市市场监督管理局 \",已修复,2025-06-01", repaired.originalRow());
        ParsedRow.StatusChange revoked = (ParsedRow.StatusChange) rows.get(1);
        assertEquals("abc123", revoked.recordId());
        assertEquals(RecordStatus.REVOKED, revoked.status());
        assertTrue(((ParsedRow.Rejected) rows.get(2)).reason().contains("决定机关必填"));
        assertTrue(((ParsedRow.Rejected) rows.get(3)).reason().contains("“作废”不是规定的取值"));
    }
}
