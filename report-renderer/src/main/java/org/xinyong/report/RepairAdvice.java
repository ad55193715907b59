package org.xinyong.report;

import static org.xinyong.report.Texts.DASH;
import static org.xinyong.report.Texts.date;
import static org.xinyong.report.Texts.or;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Tier;
import org.xinyong.core.publicity.PenaltyTiers;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.report.CreditReport.Block;
import org.xinyong.report.CreditReport.Column;
import org.xinyong.report.CreditReport.Paragraph;
import org.xinyong.report.CreditReport.Table;

/**
 * 十、信用状况提升建议: for every public penalty and list entry, the first day repair may be applied
 * for ({@link PublicityRule#repairEligibleFrom}: once the minimum publicity period has passed) and
 * the route to take. Routes differ by kind; each row names its route briefly and the route is
 * explained once under the table, so 500 penalties do not repeat the same paragraph 500 times.
 */
final class RepairAdvice {
    static final String INTRO = "以下失信信息在满足条件后可申请信用修复或移出名单。修复成功后，相关信息停止公示和共享，但不删除原始记录。";
    static final String ALL_CLEAR = "该主体在公示期内无行政处罚及失信名单信息，信用状况良好，请继续保持诚信经营、依法履约。";

    /** The ways out, in the order they are explained. */
    enum Route {
        PENALTY("①履行义务后申请信用修复", "①行政处罚：履行行政处罚决定规定的义务（如缴清罚款），纠正违法行为、消除不良影响，"
                + "最短公示期满后可向作出处罚决定的机关或通过“信用中国”网站申请信用修复，提交信用修复申请书、守信承诺书和履行义务的证明材料；"
                + "严重失信信息还可能需要参加信用修复专题培训。"),
        SERIOUS_LIST("②纠正后申请移出名单", "②严重失信主体名单：纠正失信行为、履行相关义务、消除不良影响，最短公示期满后向认定单位申请移出名单，"
                + "并按要求提交守信承诺书、参加信用修复专题培训。"),
        ABNORMAL("③补报或更正后申请移出", "③经营异常名录：补报未报年度报告、更正或补充公示信息，或通过登记的住所可重新取得联系后，"
                + "向作出列入决定的登记机关申请移出经营异常名录。"),
        COURT("④履行义务后向法院申请", "④失信被执行人：全部履行生效法律文书确定的义务，或与申请执行人达成执行和解并履行完毕后，"
                + "可向执行法院申请删除失信信息；该信息由法院依法管理，不适用行政信用修复程序。");

        final String label;
        final String explanation;

        Route(String label, String explanation) {
            this.label = label;
            this.explanation = explanation;
        }

        static Route of(CreditRecord r) {
            if (r.kind() == RecordKind.PENALTY) {
                return PENALTY;
            }
            if (r.listType() == ListType.ABNORMAL_OPERATION) {
                return ABNORMAL;
            }
            return r.listType() == ListType.COURT_DEFAULTER ? COURT : SERIOUS_LIST;
        }
    }

    private RepairAdvice() {
    }

    static List<Block> blocks(List<CreditRecord> records, LocalDate today) {
        List<CreditRecord> negative = records.stream()
                .filter(r -> r.kind() == RecordKind.PENALTY || r.kind() == RecordKind.BLACK_LIST)
                .toList();
        if (negative.isEmpty()) {
            return List.of(new Paragraph(ALL_CLEAR));
        }
        List<Column> columns = List.of(Column.oneLine("序号", 0.5f), Column.wrapping("信息类别", 1.3f),
                Column.oneLine("决定书文号", 1.9f), Column.oneLine("失信程度", 0.8f), Column.oneLine("决定日期", 1.1f),
                Column.oneLine("可申请修复日期", 1.6f), Column.oneLine("修复途径", 2.1f));
        List<List<String>> rows = new ArrayList<>(negative.size());
        Set<Route> used = EnumSet.noneOf(Route.class);
        for (CreditRecord r : negative) {
            Tier tier = tierOf(r);
            String eligible = DASH;
            if (r.decisionDate() != null) {
                LocalDate from = PublicityRule.repairEligibleFrom(tier, r.decisionDate());
                eligible = date(from) + (from.isAfter(today) ? "" : "（已可申请）");
            }
            Route route = Route.of(r);
            used.add(route);
            String what = r.kind() == RecordKind.PENALTY ? r.kind().label() : RecordTables.listName(r);
            rows.add(List.of(Integer.toString(rows.size() + 1), what, or(r.documentNumber()),
                    tier == null ? DASH : tier.label(), date(r.decisionDate()), eligible, route.label));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(INTRO));
        blocks.add(new Table("", columns, rows));
        used.forEach(route -> blocks.add(new Paragraph(route.explanation)));
        return blocks;
    }

    /** The recorded tier, else the one the rules give the kind, so the date is never silently the decision day. */
    private static Tier tierOf(CreditRecord r) {
        if (r.tier() != null) {
            return r.tier();
        }
        if (r.kind() == RecordKind.PENALTY) {
            return PenaltyTiers.derive(r.category(), r.fineAmount(), r.confiscatedAmount());
        }
        return PublicityRule.defaultTier(r.kind(), r.listType());
    }
}
