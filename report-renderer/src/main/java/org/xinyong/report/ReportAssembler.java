package org.xinyong.report;

import static org.xinyong.report.Texts.date;
import static org.xinyong.report.Texts.or;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Subject;
import org.xinyong.core.model.SubjectType;
import org.xinyong.core.privacy.Masking;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.report.CreditReport.Badge;
import org.xinyong.report.CreditReport.Block;
import org.xinyong.report.CreditReport.Count;
import org.xinyong.report.CreditReport.Field;
import org.xinyong.report.CreditReport.Fields;
import org.xinyong.report.CreditReport.Header;
import org.xinyong.report.CreditReport.Paragraph;
import org.xinyong.report.CreditReport.Section;
import org.xinyong.report.CreditReport.Tone;

/**
 * Builds the 公共信用信息报告 of one subject in the structure of the national standard (header,
 * status badges, basic information, summary, sections 一 to 十, 报告说明).
 *
 * <p>The caller is expected to pass public records only, but the report is the last place a
 * non-public record could leak, so the publicity rule is applied again here, and records of another
 * subject are dropped. Natural persons' IDs are shown masked only. Stateless and thread-safe.
 */
public final class ReportAssembler {
    public static final String TITLE = "公共信用信息报告";
    public static final String VERSION = "V1.0";
    private static final Logger LOG = LoggerFactory.getLogger(ReportAssembler.class);

    /** Newest first, as the national report lists them; the document number breaks ties stably. */
    private static final Comparator<CreditRecord> ORDER = Comparator
            .comparing(CreditRecord::decisionDate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(CreditRecord::documentNumber, Comparator.nullsLast(Comparator.naturalOrder()));

    public CreditReport assemble(Subject subject, List<CreditRecord> publicRecords, ReportContext context) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(publicRecords, "publicRecords");
        Objects.requireNonNull(context, "context");
        List<CreditRecord> records = publicOnly(subject, publicRecords, context);
        Map<Group, List<CreditRecord>> groups = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            groups.put(g, new ArrayList<>());
        }
        records.forEach(r -> groups.get(Group.of(r)).add(r));

        boolean person = subject.type() == SubjectType.NATURAL_PERSON;
        Header header = new Header(TITLE, person ? "（自然人）" : "（法人和非法人组织）", or(subject.name()),
                context.number(), context.generatedAt(), context.dataAsOf(), VERSION, context.issuer(),
                context.verificationUrl());
        List<Count> summary = Arrays.stream(Group.values())
                .map(g -> new Count(g.summaryLabel, groups.get(g).size())).toList();
        return new CreditReport(header, badges(subject, records), basicInfo(subject), summary,
                sections(subject, groups, records, context), ReportNotes.notes(context, records));
    }

    private static List<CreditRecord> publicOnly(Subject subject, List<CreditRecord> given, ReportContext context) {
        List<CreditRecord> kept = given.stream()
                .filter(r -> PublicityRule.isPublic(r, context.today()))
                .filter(r -> subject.key().equals(r.subjectKey()))
                .sorted(ORDER)
                .toList();
        if (kept.size() != given.size()) {
            // not an error of the report, but of whoever fetched the records: worth a look
            LOG.warn("report {}: dropped {} of {} records that are not public today or not about subject {}",
                    context.number(), given.size() - kept.size(), given.size(), subject.key());
        }
        return kept;
    }

    private static List<Badge> badges(Subject subject, List<CreditRecord> records) {
        List<Badge> badges = new ArrayList<>();
        if (records.stream().anyMatch(r -> r.kind() == RecordKind.RED_LIST)) {
            badges.add(new Badge("守信激励对象", Tone.GOOD));
        }
        if (records.stream().anyMatch(r -> r.kind() == RecordKind.BLACK_LIST && r.listType() != ListType.ABNORMAL_OPERATION)) {
            badges.add(new Badge("失信惩戒对象", Tone.BAD));
        }
        if (records.stream().anyMatch(r -> r.listType() == ListType.ABNORMAL_OPERATION)) {
            badges.add(new Badge("经营异常", Tone.WARNING));
        }
        if (subject.registrationStatus() != null && !subject.registrationStatus().isBlank()) {
            badges.add(new Badge(Texts.scrub(subject.registrationStatus().strip()), Tone.NEUTRAL));
        }
        return badges;
    }

    private static List<Field> basicInfo(Subject s) {
        if (s.type() == SubjectType.NATURAL_PERSON) {
            return List.of(new Field("姓名", or(s.name())), new Field("身份证件号码", maskedId(s)),
                    new Field("主体类型", SubjectType.NATURAL_PERSON.label()));
        }
        return List.of(new Field("名称", or(s.name())), new Field("统一社会信用代码", or(s.creditCode())),
                new Field(representativeLabel(s), or(s.legalRepresentative())), new Field("主体类型", entityType(s)),
                new Field("成立日期", date(s.registrationDate())), new Field("住所", or(s.address())));
    }

    private static List<Section> sections(Subject s, Map<Group, List<CreditRecord>> groups,
                                          List<CreditRecord> records, ReportContext context) {
        return List.of(
                new Section("一", "登记注册基础信息", List.of(new Fields(registration(s)))),
                new Section("二", "行政管理信息", List.of(
                        table(Group.LICENSE, "（一）行政许可信息", groups),
                        table(Group.PENALTY, "（二）行政处罚信息", groups))),
                new Section("三", "诚实守信相关荣誉信息", List.of(table(Group.RED_LIST, "", groups))),
                new Section("四", "严重失信主体名单信息", List.of(table(Group.SERIOUS, "", groups))),
                new Section("五", "经营（活动）异常名录信息", List.of(table(Group.ABNORMAL, "", groups))),
                new Section("六", "信用承诺信息", List.of(table(Group.COMMITMENT, "", groups))),
                new Section("七", "信用评价信息", List.of(table(Group.EVALUATION, "", groups))),
                new Section("八", "司法判决及执行信息", List.of(table(Group.COURT, "（一）失信被执行人信息", groups))),
                new Section("九", "其他信息", List.of(table(Group.INSPECTION, "（一）“双随机、一公开”抽查检查结果", groups))),
                new Section("十", "信用状况提升建议", RepairAdvice.blocks(records, context.today())));
    }

    /** The group's table, or its caption followed by 无 when it is empty. */
    private static Block table(Group group, String caption, Map<Group, List<CreditRecord>> groups) {
        List<CreditRecord> records = groups.get(group);
        if (records.isEmpty()) {
            return new Paragraph(caption.isEmpty() ? Texts.NONE : caption + "：" + Texts.NONE);
        }
        return RecordTables.table(group, caption, records);
    }

    private static List<Field> registration(Subject s) {
        List<Field> fields = new ArrayList<>();
        boolean person = s.type() == SubjectType.NATURAL_PERSON;
        fields.add(new Field(person ? "姓名" : "名称", or(s.name())));
        if (person) {
            fields.add(new Field("身份证件号码", maskedId(s)));
        } else {
            fields.add(new Field("统一社会信用代码", or(s.creditCode())));
            fields.add(new Field(representativeLabel(s), or(s.legalRepresentative())));
        }
        fields.add(new Field("主体类型", entityType(s)));
        if (!person) {
            fields.add(new Field("成立日期", date(s.registrationDate())));
            fields.add(new Field("登记状态", or(s.registrationStatus())));
        }
        fields.add(new Field("所属地区", or(s.region())));
        if (!person) {
            fields.add(new Field("住所", or(s.address())));
        }
        if (!s.formerNames().isEmpty()) {
            fields.add(new Field("曾用名", or(String.join("、", s.formerNames()))));
        }
        return fields;
    }

    /**
     * The stored mask, re-masked if it somehow holds the full number: the report is a public output
     * and must never carry an unmasked ID, whatever the index contains.
     */
    private static String maskedId(Subject s) {
        String id = s.personIdMasked();
        if (id == null || id.isBlank()) {
            return Texts.DASH;
        }
        return Masking.looksMasked(id) ? id : Masking.maskId(id.strip());
    }

    private static String representativeLabel(Subject s) {
        return s.type() == SubjectType.INDIVIDUAL_BUSINESS ? "经营者" : "法定代表人";
    }

    private static String entityType(Subject s) {
        if (s.entityType() != null && !s.entityType().isBlank()) {
            return Texts.scrub(s.entityType().strip());
        }
        return s.type() == null ? Texts.DASH : s.type().label();
    }
}
