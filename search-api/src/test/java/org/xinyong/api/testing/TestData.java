package org.xinyong.api.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xinyong.core.es.StableIds;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.core.model.Subject;
import org.xinyong.core.model.SubjectType;
import org.xinyong.core.model.Tier;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.core.privacy.Masking;
import org.xinyong.core.publicity.PenaltyTiers;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.core.publicity.PublicityWindow;
import org.xinyong.core.text.Names;

/**
 * Known subjects and records for API tests: each case the tests assert on (visible, expired,
 * repaired, minor; red and black lists; a natural person; hostile text) plus filler for paging and
 * facets. Dates are relative to {@code today}, so the publicity rule behaves the same any day.
 */
public final class TestData {
    public static final String PEPPER = "test-pepper-0123456789abcdef";

    public final LocalDate today;
    public final IdHasher hasher = new IdHasher(PEPPER);
    public final List<CreditRecord> records = new ArrayList<>();
    public final List<Subject> subjects = new ArrayList<>();

    public final String jiafangCode = TestCodes.creditCode("320602", 100001);
    public final String jiafangName = "南通国际家纺产业园有限公司";
    public final String jiafangCityCode = TestCodes.creditCode("320612", 100002);
    public final String jiafangCityName = "南通家纺城有限公司";
    public final String blackCode = TestCodes.creditCode("320681", 100003);
    public final String blackName = "启东市宏远建筑工程有限公司";
    public final String scriptCode = TestCodes.creditCode("320623", 100004);
    public final String scriptName = "如东县脚本测试商贸有限公司";
    public final String personId = TestCodes.residentId("320602", "19900101", 123);
    public final String personName = "张三";
    /** A natural person whose every record has left publicity (one expired, one repaired): not shown. */
    public final String pastPersonId = TestCodes.residentId("320612", "19850505", 456);
    public final String pastPersonName = "李四";
    /** Six namesakes 王芳, none with a public record, ahead of any other subject a search or check for 王芳 finds. */
    public final String crowdName = "王芳";
    public final int crowdSize = 6;
    /** A person with a public penalty the six 王芳 rank above in a search for 王芳 (a longer name). */
    public final String crowdedLongerName = "王芳芳";
    /** A person with a public penalty whose name sounds as 王芳 (wáng fāng): a check for 王芳 must see her. */
    public final String crowdedHomophone = "王方";
    public final String crowdedHomophonePenalty = "崇市监罚〔2026〕42号";
    public final String bankCode = TestCodes.creditCode("320602", 100005);
    public final String bankName = "中国工商银行股份有限公司南通分行";
    public final String foodCode = TestCodes.creditCode("320602", 100006);
    public final String foodName = "南通金鹰食品有限公司";
    /** Two names of the same characters, two of them swapped: one typed, the other's words shared but 帆鑫. */
    public final String steelName = "南通鑫帆钢结构有限公司";
    public final String steelSwappedName = "南通帆鑫钢结构有限公司";

    public final String visiblePenalty = "通市监罚〔2026〕101号";
    public final String seriousPenalty = "通应急罚〔2025〕12号";
    public final String expiredPenalty = "通市监罚〔2024〕7号";
    public final String repairedPenalty = "通市监罚〔2026〕55号";
    public final String minorPenalty = "通市监罚〔2026〕120号";
    /** General, decided 120 days ago: past the 3-month minimum, so it may be repaired. */
    public final String repairablePenalty = "通市监罚〔2026〕77号";
    public final String personPenalty = "崇市监罚〔2026〕9号";
    /** The one record whose text has 食品安全. */
    public final String topicPenalty = "通州市监罚〔2026〕4号";
    /** 南通金鹰食品's penalty, in 崇川区: its texts say 食品 and 罚款, never 崇川. */
    public final String foodPenalty = "崇市监罚〔2026〕21号";
    public final String scriptText = "<script>alert(1)</script>违规经营";

    public TestData(LocalDate today) {
        this.today = today;
        Subject jiafang = legal(jiafangCode, jiafangName);
        penalty(jiafang, visiblePenalty, "罚款", 5.0, today.minusDays(30), RecordStatus.ACTIVE, "未按规定公示年度报告，家纺产品质量抽检不合格");
        penalty(jiafang, repairablePenalty, "罚款", 4.0, today.minusDays(120), RecordStatus.ACTIVE, "虚假宣传家纺产品功效");
        penalty(jiafang, seriousPenalty, "罚款", 150.0, today.minusDays(200), RecordStatus.ACTIVE, "未落实安全生产主体责任");
        penalty(jiafang, expiredPenalty, "罚款", 2.0, today.minusYears(2), RecordStatus.ACTIVE, "已过公示期的处罚");
        penalty(jiafang, repairedPenalty, "罚款", 3.0, today.minusDays(100), RecordStatus.REPAIRED, "已信用修复的处罚");
        penalty(jiafang, minorPenalty, "警告", null, today.minusDays(10), RecordStatus.ACTIVE, "轻微违法，警告");
        license(jiafang, "通行审许〔2026〕8号", today.minusDays(60));
        list(jiafang, ListType.TAX_A, today.minusDays(90), "国家税务总局南通市税务局");

        Subject city = legal(jiafangCityCode, jiafangCityName);
        penalty(city, "通州市监罚〔2026〕3号", "罚款", 1.0, today.minusDays(40), RecordStatus.ACTIVE, "家纺标签标识不规范");
        // words that are no one's name (a topic), which the typo-tolerant subjects search still
        // matches loosely (南通金鹰食品, the 南通食品测试 companies)
        penalty(city, topicPenalty, "罚款", 1.5, today.minusDays(45), RecordStatus.ACTIVE, "食品安全管理制度不健全，员工食堂未公示");

        Subject black = legal(blackCode, blackName);
        list(black, ListType.SERIOUS_DISHONESTY, today.minusDays(120), "南通市住房和城乡建设局");
        list(black, ListType.ABNORMAL_OPERATION, today.minusDays(50), "启东市市场监督管理局");

        Subject script = legal(scriptCode, scriptName);
        penalty(script, "如市监罚〔2026〕66号", "罚款", 0.8, today.minusDays(20), RecordStatus.ACTIVE, scriptText);

        Subject bank = legal(bankCode, bankName);
        license(bank, "苏银保监许〔2025〕1号", today.minusDays(420));

        Subject food = legal(foodCode, foodName);
        penalty(food, foodPenalty, "罚款", 2.0, today.minusDays(15), RecordStatus.ACTIVE, "食品经营许可过期");

        penalty(legal(TestCodes.creditCode("320612", 100007), steelName), "通州市监罚〔2026〕15号", "罚款", 1.2,
                today.minusDays(22), RecordStatus.ACTIVE, "施工现场扬尘防治措施不到位");
        penalty(legal(TestCodes.creditCode("320612", 100008), steelSwappedName), "通州市监罚〔2026〕16号", "罚款", 1.3,
                today.minusDays(23), RecordStatus.ACTIVE, "施工现场扬尘防治措施不到位");

        Subject person = person(personId, personName);
        penalty(person, personPenalty, "罚款", 0.5, today.minusDays(25), RecordStatus.ACTIVE, "无证摆摊经营");
        Subject pastPerson = person(pastPersonId, pastPersonName);
        penalty(pastPerson, "崇市监罚〔2024〕3号", "罚款", 0.6, today.minusYears(2), RecordStatus.ACTIVE, "占道经营");
        penalty(pastPerson, "崇市监罚〔2026〕31号", "罚款", 0.7, today.minusDays(130), RecordStatus.REPAIRED, "超范围经营");

        for (int i = 0; i < crowdSize; i++) {
            Subject namesake = person(TestCodes.residentId("320602", "19700101", 600 + i), crowdName);
            penalty(namesake, "崇市监罚〔2023〕" + (60 + i) + "号", "罚款", 0.3, today.minusYears(3), RecordStatus.ACTIVE, "占道经营");
        }
        penalty(person(TestCodes.residentId("320602", "19800202", 700), crowdedLongerName), "崇市监罚〔2026〕41号", "罚款",
                0.4, today.minusDays(35), RecordStatus.ACTIVE, "流动摊贩占道经营");
        penalty(person(TestCodes.residentId("320602", "19800303", 701), crowdedHomophone), crowdedHomophonePenalty, "罚款",
                0.4, today.minusDays(36), RecordStatus.ACTIVE, "流动摊贩占道经营");

        String[] regions = {"320602", "320612", "320614", "320623", "320681", "320682", "320685"};
        String[] words = {"纺织", "船舶", "化工", "食品", "物流", "科技", "医药", "电子", "机械", "服饰"};
        for (int i = 0; i < 60; i++) {
            String region = regions[i % regions.length];
            Subject s = legal(TestCodes.creditCode(region, 200000 + i), "南通" + words[i % words.length] + "测试" + (char) ('甲' + i % 10) + i + "有限公司");
            penalty(s, "通测罚〔" + (2024 + i % 3) + "〕" + (1000 + i) + "号", "罚款", 1.0 + i, today.minusDays(5 + i * 3L),
                    RecordStatus.ACTIVE, "测试处罚记录" + i);
        }
    }

    private Subject legal(String code, String name) {
        Subject s = new Subject(code, SubjectType.LEGAL_PERSON, name, List.of(), Names.coreName(name), code, null, null,
                "王五", code.substring(2, 8), "江苏省南通市", "有限责任公司", today.minusYears(5), "存续", null);
        subjects.add(s);
        return s;
    }

    private Subject person(String id, String name) {
        Subject s = new Subject(hasher.subjectKey(id), SubjectType.NATURAL_PERSON, name, List.of(), name, null,
                hasher.hash(id), Masking.maskId(id), null, id.substring(0, 6), null, null, null, null, null);
        subjects.add(s);
        return s;
    }

    private void penalty(Subject s, String number, String category, Double fine, LocalDate date, RecordStatus status, String content) {
        Tier tier = PenaltyTiers.derive(category, fine, null);
        add(base(s, RecordKind.PENALTY, number, date, tier, null).category(category).fineAmount(fine)
                .title(category + "：" + firstClause(content))
                .content(content).status(status).authority("南通市市场监督管理局").violationType("违反市场监管规定"));
    }

    /** A title as departments write them: the first clause of the facts, not a cut mid-word. */
    private static String firstClause(String content) {
        int end = content.length();
        for (char stop : new char[] {'，', '。', '；'}) {
            int at = content.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return content.substring(0, end);
    }

    private void license(Subject s, String number, LocalDate date) {
        add(base(s, RecordKind.LICENSE, number, date, null, date.plusYears(5)).category("普通").title("营业执照变更登记")
                .content("准予变更登记").authority("南通市行政审批局"));
    }

    private void list(Subject s, ListType type, LocalDate date, String authority) {
        Tier tier = PublicityRule.defaultTier(type.kind(), type);
        add(base(s, type.kind(), null, date, tier, null).listType(type).category(type.label()).title(type.label())
                .content("列入" + type.label()).authority(authority));
    }

    private CreditRecord.Builder base(Subject s, RecordKind kind, String number, LocalDate date, Tier tier, LocalDate validTo) {
        PublicityWindow window = PublicityRule.window(kind, tier, date, null, validTo);
        return CreditRecord.builder(kind)
                .id(StableIds.of(kind.name(), s.key(), number, date.toString()))
                .source("test").sourceKey(number)
                .subjectKey(s.key()).subjectName(s.name()).subjectType(s.type()).creditCode(s.creditCode())
                .personIdHash(s.personIdHash()).personIdMasked(s.personIdMasked())
                .region(s.region()).documentNumber(number).decisionDate(date).tier(tier).validTo(validTo)
                .publicityStart(window.start()).publicityEnd(window.end()).contentHash(number);
    }

    private void add(CreditRecord.Builder b) {
        records.add(b.build());
    }

    /** The record with this document number (fixtures use unique numbers). */
    public CreditRecord record(String documentNumber) {
        return records.stream().filter(r -> documentNumber.equals(r.documentNumber())).findFirst().orElseThrow();
    }

    /** The subject a record is about. */
    public Subject subjectOf(CreditRecord record) {
        return subjects.stream().filter(s -> s.key().equals(record.subjectKey())).findFirst().orElseThrow();
    }

    /** Visible penalties a user should see for the 家纺 subject. */
    public List<String> jiafangVisiblePenalties() {
        return List.of(visiblePenalty, repairablePenalty, seriousPenalty);
    }

    /** Penalties of the 家纺 subject that the publicity rule hides. */
    public List<String> jiafangHiddenPenalties() {
        return List.of(expiredPenalty, repairedPenalty, minorPenalty);
    }
}
