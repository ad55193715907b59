package org.xinyong.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.ResidentId;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.core.model.Subject;
import org.xinyong.core.model.SubjectType;
import org.xinyong.core.model.Tier;
import org.xinyong.core.privacy.Masking;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.core.publicity.PublicityWindow;

/** Subjects and records for tests: valid codes and IDs, publicity windows from the real rule. */
public final class SampleData {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    public static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 21, 30, 5, 0, ZoneId.of("Asia/Shanghai"));
    public static final String ISSUER = "信用信息公示服务平台";
    /** A valid resident ID; it must never appear unmasked in a report. */
    public static final String PERSON_ID = residentId("32060219850317123");

    private SampleData() {
    }

    /** A valid 统一社会信用代码 for any number (Nantong region, enterprise). */
    public static String creditCode(int n) {
        String first17 = "91320602MA" + String.format("%07d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    public static String residentId(String first17) {
        return first17 + ResidentId.checkCharacter(first17);
    }

    public static Subject company(String name, int n) {
        String code = creditCode(n);
        return new Subject(code, SubjectType.LEGAL_PERSON, name, List.of("南通旧名贸易有限公司"), null, code, null, null,
                "张建国", "320602", "江苏省南通市崇川区工农路一百八十八号国际家纺产业园三号楼十二层", "有限责任公司（自然人投资或控股）",
                LocalDate.of(2012, 5, 18), "存续（在营、开业、在册）", null);
    }

    public static Subject person(String name) {
        return new Subject("P0123456789abcdef0123456789abcdef", SubjectType.NATURAL_PERSON, name, List.of(), null,
                null, "0123456789abcdef", Masking.maskId(PERSON_ID), null, "320602", null, null, null, null, null);
    }

    public static ReportContext context(ReportNumbers numbers) {
        return new ReportContext(numbers.next(NOW), NOW, NOW.minusHours(3), ISSUER, "https://credit.example.cn", TODAY);
    }

    /** A record of {@code kind} about {@code subject}, public today unless changed afterwards. */
    public static CreditRecord.Builder record(Subject subject, RecordKind kind, String documentNumber,
                                              LocalDate decided, Tier tier) {
        PublicityWindow w = PublicityRule.window(kind, tier, decided, null, null);
        return CreditRecord.builder(kind)
                .id(kind + ":" + documentNumber).source("test").sourceKey(documentNumber)
                .subjectKey(subject.key()).subjectName(subject.name()).subjectType(subject.type())
                .creditCode(subject.creditCode()).personIdMasked(subject.personIdMasked()).region("320602")
                .documentNumber(documentNumber).decisionDate(decided).tier(tier)
                .authority("南通市崇川区市场监督管理局").sourceDepartment("南通市市场监督管理局")
                .publicityStart(w.start()).publicityEnd(w.end()).status(RecordStatus.ACTIVE);
    }

    public static CreditRecord penalty(Subject s, int i, LocalDate decided, Tier tier) {
        return record(s, RecordKind.PENALTY, "崇市监罚〔2026〕" + (1000 + i) + "号", decided, tier)
                .title("未按规定公示年度报告案").violationType("虚假宣传")
                .content("当事人在其经营场所及网络店铺发布的广告中使用“国家级”“最佳”等用语，对商品的性能、功能作虚假或引人误解的商业宣传，欺骗、误导消费者。")
                .legalBasis("《中华人民共和国反不正当竞争法》第八条第一款、第二十条第一款")
                .category("罚款；没收违法所得").fineAmount(2.5).confiscatedAmount(0.36).build();
    }

    public static CreditRecord license(Subject s, int i, LocalDate decided) {
        return record(s, RecordKind.LICENSE, "JY1320602" + String.format("%06d", 100 + i), decided, null)
                .title("食品经营许可证").content("预包装食品（含冷藏冷冻食品）销售，散装食品销售，热食类食品制售")
                .category("普通").validFrom(decided).validTo(decided.plusYears(5)).build();
    }

    public static CreditRecord list(Subject s, ListType type, String number, LocalDate decided) {
        Tier tier = PublicityRule.defaultTier(type.kind(), type);
        return record(s, type.kind(), number, decided, tier).listType(type)
                .title(type.label()).content("经认定，" + s.name() + "符合列入" + type.label() + "的条件。")
                .validTo(type.kind() == RecordKind.RED_LIST ? decided.plusYears(2) : null)
                .fulfilment(type == ListType.COURT_DEFAULTER ? "全部未履行" : null)
                .authority(type == ListType.COURT_DEFAULTER ? "南通市崇川区人民法院" : "南通市崇川区市场监督管理局")
                .build();
    }

    /** One of every section, {@code n} records in all, public today; penalties fill the rest. */
    public static List<CreditRecord> typical(Subject s, int n) {
        List<CreditRecord> out = new ArrayList<>();
        out.add(license(s, 1, TODAY.minusMonths(20)));
        out.add(list(s, ListType.TAX_A, "南通税信〔2026〕18号", TODAY.minusMonths(4)));
        out.add(list(s, ListType.SERIOUS_DISHONESTY, "苏市监严失〔2026〕7号", TODAY.minusMonths(14)));
        out.add(list(s, ListType.ABNORMAL_OPERATION, "崇市监异〔2026〕331号", TODAY.minusMonths(2)));
        out.add(list(s, ListType.COURT_DEFAULTER, "（2026）苏0602执1234号", TODAY.minusMonths(5)));
        out.add(record(s, RecordKind.COMMITMENT, "崇诺〔2026〕56号", TODAY.minusMonths(3), null)
                .category("审批替代型承诺").title("食品经营许可告知承诺").content("承诺所填报信息真实、准确，并按期补齐材料。")
                .validTo(TODAY.plusMonths(9)).fulfilment("履约中").build());
        out.add(record(s, RecordKind.EVALUATION, "苏税评〔2026〕3号", TODAY.minusMonths(6), null)
                .category("纳税信用评价").grade("A级").content("2025年度纳税信用评价").validTo(TODAY.plusMonths(6)).build());
        out.add(record(s, RecordKind.INSPECTION, "崇市监抽〔2026〕88号", TODAY.minusMonths(1), null)
                .title("2026年度企业公示信息随机抽查").category("未发现问题").content("双随机、一公开").build());
        for (int i = 0; out.size() < n; i++) {
            out.add(penalty(s, i, TODAY.minusDays(20 + i % 300), i % 7 == 0 ? Tier.SERIOUS : Tier.GENERAL));
        }
        return out;
    }

    /** Records that must not show: expired, repaired, revoked, minor. */
    public static List<CreditRecord> hidden(Subject s) {
        return List.of(
                penalty(s, 9001, TODAY.minusYears(2), Tier.GENERAL).toBuilder().documentNumber("崇市监罚〔2024〕9001号").build(),
                penalty(s, 9002, TODAY.minusMonths(2), Tier.GENERAL).toBuilder().documentNumber("崇市监罚〔2026〕9002号")
                        .status(RecordStatus.REPAIRED).build(),
                penalty(s, 9003, TODAY.minusMonths(2), Tier.GENERAL).toBuilder().documentNumber("崇市监罚〔2026〕9003号")
                        .status(RecordStatus.REVOKED).build(),
                penalty(s, 9004, TODAY.minusDays(5), Tier.MINOR).toBuilder().documentNumber("崇市监罚〔2026〕9004号").build());
    }
}
