package org.xinyong.report;

import static org.xinyong.report.Texts.DASH;
import static org.xinyong.report.Texts.date;
import static org.xinyong.report.Texts.join;
import static org.xinyong.report.Texts.lastDay;
import static org.xinyong.report.Texts.or;
import static org.xinyong.report.Texts.wan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.report.CreditReport.Column;
import org.xinyong.report.CreditReport.Table;

/**
 * One table per {@link Group}: its columns and how a record fills a row. Columns follow the 双公示
 * field sets; free-text fields are merged into one wide column so the document number, which readers
 * search for, keeps a column of its own and stays on one line.
 */
final class RecordTables {
    private RecordTables() {
    }

    static Table table(Group group, String caption, List<CreditRecord> records) {
        return switch (group) {
            case LICENSE -> build(caption, records,
                    List.of(one("行政许可决定文书号", 1.8f), wrap("许可证书名称及内容", 3.0f), wrap("许可类别", 0.9f),
                            one("决定日期", 1.1f), wrap("有效期", 1.2f), wrap("许可机关", 1.5f)),
                    r -> List.of(or(r.documentNumber()), join("；", r.title(), r.content()), or(r.category()),
                            date(r.decisionDate()), validity(r), or(r.authority())));
            case PENALTY -> build(caption, records,
                    List.of(one("行政处罚决定书文号", 1.8f), wrap("违法行为及处罚依据", 3.6f), wrap("处罚内容", 1.5f),
                            one("失信程度", 0.8f), one("决定日期", 1.1f), one("公示截止", 1.1f), wrap("处罚机关", 1.4f)),
                    r -> List.of(or(r.documentNumber()),
                            join("；", r.title(), r.violationType(), r.content(),
                                    r.legalBasis() == null ? null : "依据：" + r.legalBasis()),
                            join("；", r.category(), prefixed("罚款", wan(r.fineAmount())),
                                    prefixed("没收违法所得", wan(r.confiscatedAmount()))),
                            r.tier() == null ? DASH : r.tier().label(), date(r.decisionDate()),
                            lastDay(r.publicityEnd()), or(r.authority())));
            case RED_LIST -> build(caption, records,
                    List.of(wrap("荣誉或名单名称", 1.5f), wrap("认定内容", 3.0f), one("认定文号", 1.8f),
                            one("认定日期", 1.1f), one("有效期至", 1.1f), wrap("认定机关", 1.5f)),
                    r -> List.of(listName(r), join("；", r.title(), r.content()), or(r.documentNumber()),
                            date(r.decisionDate()), date(r.validTo()), or(r.authority())));
            case SERIOUS -> build(caption, records,
                    List.of(wrap("名单类型", 1.1f), one("认定文号", 1.8f), wrap("列入事由", 3.0f), one("失信程度", 0.8f),
                            one("列入日期", 1.1f), one("公示截止", 1.1f), wrap("认定机关", 1.4f)),
                    r -> List.of(listName(r), or(r.documentNumber()),
                            join("；", r.title(), r.violationType(), r.content()),
                            r.tier() == null ? DASH : r.tier().label(), date(r.decisionDate()),
                            lastDay(r.publicityEnd()), or(r.authority())));
            case ABNORMAL -> build(caption, records,
                    List.of(one("列入决定书文号", 1.8f), wrap("列入经营异常名录原因", 3.4f), one("列入日期", 1.1f),
                            one("公示截止", 1.1f), wrap("作出决定机关", 1.8f)),
                    r -> List.of(or(r.documentNumber()), join("；", r.title(), r.category(), r.content()),
                            date(r.decisionDate()), lastDay(r.publicityEnd()), or(r.authority())));
            case COMMITMENT -> build(caption, records,
                    List.of(wrap("承诺类型", 1.2f), wrap("承诺事项", 2.6f), one("承诺文号", 1.6f), one("承诺日期", 1.1f),
                            one("有效期至", 1.1f), wrap("履约状态", 1.0f), wrap("受理机关", 1.4f)),
                    r -> List.of(or(r.category()), join("；", r.title(), r.content()), or(r.documentNumber()),
                            date(r.decisionDate()), date(r.validTo()), or(r.fulfilment()), or(r.authority())));
            case EVALUATION -> build(caption, records,
                    List.of(wrap("评价类别", 1.5f), wrap("评价结果", 0.9f), wrap("评价说明", 2.0f), one("评价文号", 1.6f),
                            one("评价日期", 1.1f), one("有效期至", 1.1f), wrap("评价机关", 1.4f)),
                    r -> List.of(join("；", r.category(), r.title()), or(r.grade()), or(r.content()),
                            or(r.documentNumber()), date(r.decisionDate()), date(r.validTo()), or(r.authority())));
            case COURT -> build(caption, records,
                    List.of(one("案号", 1.8f), wrap("失信情形", 2.9f), wrap("执行法院", 1.5f), one("发布日期", 1.1f),
                            wrap("履行情况", 1.1f), one("公示截止", 1.1f)),
                    r -> List.of(or(r.documentNumber()), join("；", r.title(), r.violationType(), r.content()),
                            or(r.authority()), date(r.decisionDate()), or(r.fulfilment()),
                            lastDay(r.publicityEnd())));
            case INSPECTION -> build(caption, records,
                    List.of(wrap("抽查检查事项", 2.6f), wrap("检查结果", 2.0f), one("检查文号", 1.6f),
                            one("检查日期", 1.1f), wrap("检查机关", 1.6f)),
                    r -> List.of(or(r.title()), join("；", r.category(), r.content()), or(r.documentNumber()),
                            date(r.decisionDate()), or(r.authority())));
        };
    }

    private static Table build(String caption, List<CreditRecord> records, List<Column> columns,
                               Function<CreditRecord, List<String>> cells) {
        List<Column> all = new ArrayList<>(columns.size() + 1);
        all.add(Column.oneLine("序号", 0.5f));
        all.addAll(columns);
        List<List<String>> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            List<String> row = new ArrayList<>(all.size());
            row.add(Integer.toString(i + 1));
            row.addAll(cells.apply(records.get(i)));
            rows.add(row);
        }
        return new Table(caption, all, rows);
    }

    private static Column one(String header, float weight) {
        return Column.oneLine(header, weight);
    }

    private static Column wrap(String header, float weight) {
        return Column.wrapping(header, weight);
    }

    static String listName(CreditRecord r) {
        return r.listType() != null ? r.listType().label() : or(r.category());
    }

    private static String validity(CreditRecord r) {
        if (r.validFrom() == null && r.validTo() == null) {
            return DASH;
        }
        return date(r.validFrom()) + " 至 " + (r.validTo() == null ? "长期" : date(r.validTo()));
    }

    private static String prefixed(String prefix, String value) {
        return value == null ? null : prefix + value;
    }
}
