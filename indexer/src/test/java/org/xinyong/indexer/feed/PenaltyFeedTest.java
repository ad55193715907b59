package org.xinyong.indexer.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyong.indexer.Fixtures.CODE_A;
import static org.xinyong.indexer.Fixtures.CODE_AUTHORITY;
import static org.xinyong.indexer.Fixtures.CODE_B;
import static org.xinyong.indexer.Fixtures.PERSON_ID;
import static org.xinyong.indexer.Fixtures.accepted;
import static org.xinyong.indexer.Fixtures.parse;
import static org.xinyong.indexer.Fixtures.rejected;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinyong.core.json.Json;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.SubjectType;
import org.xinyong.core.model.Tier;
import org.xinyong.indexer.Fixtures;

class PenaltyFeedTest {
    static final String CHINESE_HEADER = "行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,证件类型,证件号码,"
            + "行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,"
            + "没收违法所得、没收非法财物的金额（万元）,处罚决定日期,处罚有效期,公示截止期,处罚机关,处罚机关统一社会信用代码,"
            + "数据来源单位,数据来源单位统一社会信用代码,备注";
    static final String CODE_HEADER = "CF_XDR_MC,CF_XDR_LB,CF_XDR_SHXYM,CF_FRDB,CF_XDR_ZJLX,CF_XDR_ZJHM,CF_WSH,CF_WFXW,"
            + "CF_SY,CF_YJ,CF_CFLB,CF_NR,CF_NR_FK,CF_NR_WFFF,CF_JDRQ,CF_YXQ,CF_GSJZQ,CF_CFJG,CF_CFJGDM,CF_SJLY,CF_SJLYDM,BZ";

    static String row(String name, String code, String doc, String category, String fine, String date) {
        return name + ",法人及非法人组织," + code + ",陈建华,,," + doc + ",销售不合格产品,经查属实,《产品质量法》第五十条,"
                + category + ",罚款," + fine + ",," + date + ",,,南通市市场监督管理局," + CODE_AUTHORITY
                + ",南通市市场监督管理局,,";
    }

    static String[] sample() {
        return new String[] {CHINESE_HEADER,
            row("南通国际家纺产业园有限公司", CODE_A, "通市监罚〔2025〕1号", "罚款", "5", "2025-03-10"),
            row("南通金梭家纺有限公司", CODE_B, "通市监罚〔2025〕2号", "警告", "", "2025/3/11"),
            row("南通海韵家纺科技有限公司", Fixtures.code("91", "320614", "MA1R4T5U"), "通市监罚〔2025〕3号",
                    "罚款；没收违法所得", "150", "2025年3月12日")};
    }

    @Test
    void chineseHeaders_utf8WithAndWithoutBom_parse(@TempDir Path dir) throws Exception {
        Path plain = Fixtures.write(dir, "plain.csv", StandardCharsets.UTF_8, false, sample());
        Path bom = Fixtures.write(dir, "bom.csv", StandardCharsets.UTF_8, true, sample());
        try (Feed feed = Feed.open(bom, java.util.Optional.empty(), Fixtures.context(bom))) {
            assertEquals(FeedKind.PENALTY, feed.kind());
            assertEquals("UTF-8 (BOM)", feed.encoding());
        }
        List<ParsedRow> a = parse(plain);
        List<ParsedRow> b = parse(bom);
        assertEquals(3, accepted(a).size(), () -> rejected(a).toString());
        assertEquals(ids(a), ids(b));
        CreditRecord first = accepted(a).get(0).record();
        assertEquals(RecordKind.PENALTY, first.kind());
        assertEquals("南通国际家纺产业园有限公司", first.subjectName());
        assertEquals(CODE_A, first.creditCode());
        assertEquals("320602", first.region());
        assertEquals(5.0, first.fineAmount());
        assertEquals(LocalDate.of(2025, 3, 10), first.decisionDate());
        assertEquals("国际家纺产业园", accepted(a).get(0).subject().coreName());
    }

    @Test
    void gbkWithNationalCodes_sameIdsAsUtf8(@TempDir Path dir) throws Exception {
        String[] lines = sample();
        Path utf8 = Fixtures.write(dir, "a.csv", StandardCharsets.UTF_8, false, lines);
        lines[0] = CODE_HEADER;
        Path gbk = Fixtures.write(dir, "b.csv", Fixtures.GBK, false, lines);
        try (Feed feed = Feed.open(gbk, java.util.Optional.empty(), Fixtures.context(gbk))) {
            assertEquals("GB18030", feed.encoding());
            assertEquals(FeedKind.PENALTY, feed.kind());
        }
        List<ParsedRow> a = parse(utf8);
        List<ParsedRow> b = parse(gbk);
        assertEquals(3, accepted(b).size(), () -> rejected(b).toString());
        assertEquals(ids(a), ids(b));
        assertEquals(hashes(a), hashes(b), "same business content whatever the encoding and header style");
    }

    @Test
    void reparse_sameIdsAndHashes_renamedFileToo(@TempDir Path dir) throws Exception {
        Path one = Fixtures.utf8(dir, "one.csv", sample());
        Path two = Fixtures.utf8(dir, "renamed-feed.csv", sample());
        assertEquals(ids(parse(one)), ids(parse(one)));
        assertEquals(ids(parse(one)), ids(parse(two)));
        assertEquals(hashes(parse(one)), hashes(parse(two)));
        assertEquals("renamed-feed", accepted(parse(two)).get(0).record().source());
    }

    @Test
    void correctedRow_sameDocumentAndAuthority_sameIdNewHash(@TempDir Path dir) throws Exception {
        Path before = Fixtures.utf8(dir, "before.csv", CHINESE_HEADER,
                row("南通国际家纺产业园有限公司", CODE_A, "通市监罚〔2025〕1号", "罚款", "5", "2025-03-10"));
        Path after = Fixtures.utf8(dir, "after.csv", CHINESE_HEADER,
                row("南通国际家纺产业园有限公司", CODE_A, "通市监罚[2025]1号", "罚款", "6", "2025-03-10"));
        CreditRecord a = accepted(parse(before)).get(0).record();
        CreditRecord b = accepted(parse(after)).get(0).record();
        assertEquals(a.id(), b.id(), "bracket style of the document number does not split a record");
        assertFalse(a.contentHash().equals(b.contentHash()));
    }

    @Test
    void tiersDerivedAndWindowsStored(@TempDir Path dir) throws Exception {
        List<ParsedRow.Accepted> rows = accepted(parse(Fixtures.utf8(dir, "t.csv", sample())));
        CreditRecord general = rows.get(0).record();
        assertEquals(Tier.GENERAL, general.tier());
        assertEquals(LocalDate.of(2025, 3, 10), general.publicityStart());
        assertEquals(LocalDate.of(2026, 3, 10), general.publicityEnd());
        CreditRecord minor = rows.get(1).record();
        assertEquals(Tier.MINOR, minor.tier());
        assertEquals(minor.publicityStart(), minor.publicityEnd(), "minor: kept, never published");
        CreditRecord serious = rows.get(2).record();
        assertEquals(Tier.SERIOUS, serious.tier());
        assertEquals(LocalDate.of(2028, 3, 12), serious.publicityEnd());
        assertEquals("罚款；没收违法所得", serious.category());
        assertTrue(rows.stream().allMatch(r -> r.record().status() == org.xinyong.core.model.RecordStatus.ACTIVE),
                "records past their window stay ACTIVE");
    }

    @Test
    void explicitTierWins_andAuthorityEndShortens(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "tier.csv",
                "行政相对人名称,统一社会信用代码,行政处罚决定书文号,处罚类别,罚款金额（万元）,处罚决定日期,公示截止期,处罚机关,严重程度",
                "南通金梭家纺有限公司," + CODE_B + ",通环罚〔2025〕9号,警告,,2025-01-02,,南通市生态环境局,严重",
                "南通金梭家纺有限公司," + CODE_B + ",通环罚〔2025〕10号,罚款,10,2025-01-02,2025-06-30,南通市生态环境局,");
        List<ParsedRow.Accepted> rows = accepted(parse(file));
        assertEquals(Tier.SERIOUS, rows.get(0).record().tier());
        assertEquals(LocalDate.of(2028, 1, 2), rows.get(0).record().publicityEnd());
        assertEquals(Tier.GENERAL, rows.get(1).record().tier());
        assertEquals(LocalDate.of(2025, 7, 1), rows.get(1).record().publicityEnd(), "公示截止期 is inclusive");
    }

    @Test
    void naturalPerson_hashedAndMasked_neverStoredRaw(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "person.csv", CHINESE_HEADER,
                "张伟,自然人,,,身份证," + PERSON_ID.toLowerCase() + ",通市监罚〔2025〕7号,无照经营,,,罚款,,0.5,,2025-02-01,,,"
                        + "南通市市场监督管理局,,,,");
        ParsedRow.Accepted row = accepted(parse(file)).get(0);
        CreditRecord r = row.record();
        assertEquals(SubjectType.NATURAL_PERSON, r.subjectType());
        assertEquals(Fixtures.HASHER.subjectKey(PERSON_ID), r.subjectKey());
        assertEquals(PERSON_ID.substring(0, 4) + "**********" + PERSON_ID.substring(14), r.personIdMasked());
        assertNull(r.creditCode());
        assertNull(r.region(), "an ID's address code is a birthplace, not a registration region");
        String json = Json.newMapper().writeValueAsString(r) + Json.newMapper().writeValueAsString(row.subject());
        assertFalse(json.contains(PERSON_ID), "raw ID must not be stored");
        assertFalse(json.contains(PERSON_ID.substring(0, 17)));
    }

    @Test
    void layout2016_mapsNameReasonResult(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "legacy.csv",
                "行政处罚决定书文号,处罚名称,处罚类别1,处罚类别2,处罚事由,处罚依据,行政相对人名称,行政相对人代码_1(统一社会信用代码),"
                        + "行政相对人代码_2(组织机构代码),法定代表人姓名,处罚结果,处罚决定日期,处罚机关,当前状态,地方编码,数据更新时间戳",
                "崇市监罚〔2017〕12号,销售过期食品案,警告,罚款,销售超过保质期的食品,《食品安全法》第一百二十四条,"
                        + "南通海韵家纺科技有限公司," + CODE_B + ",,施志强,警告并罚款人民币5000元,2017-06-01,"
                        + "崇川区市场监督管理局,正常,320602,2017-06-02 10:00:00",
                "崇市监罚〔2017〕13号,无照经营案,罚款,,无照经营,《无照经营查处取缔办法》,南通金梭家纺有限公司," + CODE_A
                        + ",,顾海燕,处以罚款,2017-06-02,崇川区市场监督管理局,,320602,");
        List<ParsedRow> rows = parse(file);
        assertEquals(2, accepted(rows).size(), () -> rejected(rows).toString());
        CreditRecord r = accepted(rows).get(0).record();
        assertEquals("销售过期食品案", r.title());
        assertEquals("警告；罚款", r.category());
        assertEquals(0.5, r.fineAmount(), 1e-9, "amount read from 处罚结果");
        assertEquals(Tier.GENERAL, r.tier());
        assertEquals("销售超过保质期的食品", r.extra().get("违法事实"));
        assertEquals(Tier.GENERAL, accepted(rows).get(1).record().tier(), "a fine of unknown amount is not minor");
    }

    @Test
    void headerVariants_fullWidthSpacesMarksAndCombined(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "variants.csv",
                "* 行政相对人名称（CF_XDR_MC）, 统一社会信用代码 ,行政处罚决定书文号(必填),处罚类别,罚款金额(元),处罚决定日期：,处罚机关",
                "南通金梭家纺有限公司," + CODE_B.toLowerCase() + ",通市监罚〔2025〕3号,罚款,\"5,000\",20250105,南通市市场监督管理局");
        List<ParsedRow> rows = parse(file);
        CreditRecord r = accepted(rows).get(0).record();
        assertEquals(CODE_B, r.creditCode());
        assertEquals(0.5, r.fineAmount(), 1e-9, "a 元 column is converted to 万元");
    }

    static List<String> ids(List<ParsedRow> rows) {
        return accepted(rows).stream().map(a -> a.record().id()).toList();
    }

    static List<String> hashes(List<ParsedRow> rows) {
        return accepted(rows).stream().map(a -> a.record().contentHash()).toList();
    }

    @Test
    void readAll_noTempFilesLeft(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "x.csv", sample());
        parse(file);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
