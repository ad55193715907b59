package org.xinyong.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.Subject;
import org.xinyong.core.model.Tier;
import org.xinyong.core.privacy.Masking;
import org.xinyong.report.CreditReport.Badge;
import org.xinyong.report.CreditReport.Block;
import org.xinyong.report.CreditReport.Fields;
import org.xinyong.report.CreditReport.Paragraph;
import org.xinyong.report.CreditReport.Section;
import org.xinyong.report.CreditReport.Table;

class ReportAssemblerTest {
    private static final Pattern RAW_ID = Pattern.compile("\\d{17}[\\dX]");
    private final ReportAssembler assembler = new ReportAssembler();
    private final ReportNumbers numbers = new ReportNumbers();

    @Test
    void assemble_typical_hasTheNationalStructure() {
        Subject s = SampleData.company("南通国际家纺产业园有限公司", 42);
        CreditReport r = assembler.assemble(s, SampleData.typical(s, 20), SampleData.context(numbers));
        assertEquals("公共信用信息报告", r.header().title());
        assertEquals("V1.0", r.header().version());
        assertEquals(List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十"),
                r.sections().stream().map(Section::number).toList());
        assertEquals(List.of("守信激励对象", "失信惩戒对象", "经营异常", "存续（在营、开业、在册）"),
                r.badges().stream().map(Badge::label).toList());
        assertEquals(20, r.summary().stream().mapToInt(CreditReport.Count::count).sum());
        assertTrue(r.header().verificationUrl().endsWith("/verify?number=" + r.header().number()));
        String notes = String.join("\n", r.notes());
        for (String must : List.of("数据截至", "公示期", "不作任何评分或评级", "异议申诉", "信用修复")) {
            assertTrue(notes.contains(must), must);
        }
    }

    @Test
    void assemble_nonPublicRecordsAndOtherSubjects_areDropped() {
        Subject s = SampleData.company("南通甲公司", 1);
        Subject other = SampleData.company("南通乙公司", 2);
        List<CreditRecord> given = new ArrayList<>(SampleData.hidden(s));
        given.add(SampleData.penalty(other, 5, SampleData.TODAY.minusDays(3), Tier.GENERAL));
        given.add(SampleData.penalty(s, 6, SampleData.TODAY.minusDays(3), Tier.GENERAL));
        CreditReport r = assembler.assemble(s, given, SampleData.context(numbers));
        String all = text(r);
        assertTrue(all.contains("崇市监罚〔2026〕1006号"));
        for (String hidden : List.of("9001", "9002", "9003", "9004", "1005")) {
            assertFalse(all.contains("〕" + hidden + "号"), hidden);
        }
        assertEquals(1, r.summary().stream().mapToInt(CreditReport.Count::count).sum());
    }

    @Test
    void assemble_emptySubject_saysNoneAndGivesAPositiveNote() {
        Subject s = SampleData.company("南通守信公司", 3);
        CreditReport r = assembler.assemble(s, List.of(), SampleData.context(numbers));
        for (Section section : r.sections().subList(1, 9)) {
            assertTrue(section.blocks().stream().allMatch(b -> b instanceof Paragraph p && p.text().endsWith("无")),
                    section.title());
        }
        Paragraph advice = (Paragraph) r.sections().get(9).blocks().get(0);
        assertTrue(advice.text().contains("信用状况良好"));
        assertEquals(List.of("存续（在营、开业、在册）"), r.badges().stream().map(Badge::label).toList());
    }

    @Test
    void assemble_repairAdvice_givesTheEligibleDatePerTier() {
        Subject s = SampleData.company("南通乙公司", 4);
        List<CreditRecord> records = List.of(
                SampleData.penalty(s, 1, SampleData.TODAY.minusDays(10), Tier.GENERAL),
                SampleData.penalty(s, 2, SampleData.TODAY.minusMonths(14), Tier.SERIOUS),
                SampleData.list(s, ListType.ABNORMAL_OPERATION, "崇市监异〔2026〕1号", SampleData.TODAY.minusMonths(1)));
        CreditReport r = assembler.assemble(s, records, SampleData.context(numbers));
        Table advice = (Table) r.sections().get(9).blocks().get(1);
        assertEquals(3, advice.rows().size());
        String general = SampleData.TODAY.minusDays(10).plusMonths(3).toString();
        String serious = SampleData.TODAY.minusMonths(14).plusYears(1).toString();
        assertTrue(advice.rows().stream().anyMatch(row -> row.get(5).equals(general)), advice.rows().toString());
        assertTrue(advice.rows().stream().anyMatch(row -> row.get(5).equals(serious + "（已可申请）")));
        assertTrue(text(r).contains("③经营异常名录"));
    }

    @Test
    void assemble_naturalPerson_showsTheIdMaskedOnly_evenWhenSourcesLeakIt() {
        // the index should hold only the mask, but a feed may put the full ID anywhere
        Subject leaky = new Subject("P0123456789abcdef0123456789abcdef", org.xinyong.core.model.SubjectType.NATURAL_PERSON,
                "王小明", List.of(), null, null, "h", SampleData.PERSON_ID, null, "320602", null, null, null, null, null);
        CreditRecord record = SampleData.penalty(leaky, 1, SampleData.TODAY.minusDays(3), Tier.GENERAL).toBuilder()
                .content("当事人王小明（公民身份号码" + SampleData.PERSON_ID + "）无证经营。").build();
        CreditReport r = assembler.assemble(leaky, List.of(record), SampleData.context(numbers));
        String all = text(r).replace(r.header().number(), "");
        assertFalse(all.contains(SampleData.PERSON_ID));
        assertFalse(RAW_ID.matcher(all).find(), "an 18-digit ID appears");
        assertTrue(all.contains(Masking.maskId(SampleData.PERSON_ID)));
        assertEquals("（自然人）", r.header().subtitle());
    }

    @Test
    void scrub_leavesAllDigitCreditCodesAlone() {
        String first17 = "91320602123456789";
        String code = first17 + org.xinyong.core.code.CreditCode.checkCharacter(first17);
        if (code.matches("\\d{18}")) {
            assertEquals("代码" + code, Texts.scrub("代码" + code));
        }
        assertEquals("编号 " + Masking.maskId(SampleData.PERSON_ID), Texts.scrub("编号 " + SampleData.PERSON_ID));
    }

    /** Every string of the report, for "does it appear anywhere" checks. */
    static String text(CreditReport r) {
        StringBuilder b = new StringBuilder(r.header().toString());
        r.basicInfo().forEach(f -> b.append('\n').append(f.label()).append(f.value()));
        r.sections().forEach(s -> s.blocks().forEach(block -> append(b, block)));
        r.notes().forEach(n -> b.append('\n').append(n));
        return b.toString();
    }

    private static void append(StringBuilder b, Block block) {
        if (block instanceof Table t) {
            t.rows().forEach(row -> b.append('\n').append(String.join("|", row)));
        } else if (block instanceof Fields f) {
            f.fields().forEach(x -> b.append('\n').append(x.label()).append(x.value()));
        } else if (block instanceof Paragraph p) {
            b.append('\n').append(p.text());
        }
    }
}
