package org.xinyong.indexer.generate;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import org.xinyong.core.model.ListType;
import org.xinyong.indexer.map.Field;

/**
 * Red and black list entries. Subjects are spread by index (one entry per subject and list), court
 * cases are numbered per court, so every entry has its own natural key.
 */
final class ListRows {
    private static final int KNOWN_RED = 6;

    private final RowContext ctx;

    ListRows(RowContext ctx) {
        this.ctx = ctx;
    }

    Map<Field, String> red(long index) {
        Rng rng = ctx.rng(21, index);
        Map<Field, String> row = RowContext.row();
        SyntheticSubject s = index < KNOWN_RED ? SubjectPool.KNOWN.get((int) index) : ctx.pool.spread(index, false, true);
        RowContext.subject(row, s);
        ListType type = switch (rng.weighted(6, 3, 1)) {
            case 0 -> ListType.TAX_A;
            case 1 -> ListType.HONOR;
            default -> ListType.CUSTOMS_AEO;
        };
        row.put(Field.LIST_TYPE, type.label());
        LocalDate listed = ctx.recentDate(rng);
        Authorities.Authority a;
        switch (type) {
            case TAX_A -> {
                a = Authorities.OTHERS.get(2);
                listed = LocalDate.of(listed.getYear(), Month.APRIL, 15);
                listed = listed.isAfter(ctx.today) ? listed.minusYears(1) : listed;
                row.put(Field.CONTENT, (listed.getYear() - 1) + "年度纳税信用评价为A级");
                row.put(Field.LEGAL_BASIS, "《纳税信用管理办法》");
                row.put(Field.VALID_TO, listed.plusYears(1).minusDays(1).toString());
            }
            case HONOR -> {
                a = Authorities.OTHERS.get(0);
                row.put(Field.CONTENT, "南通市诚信示范企业");
                row.put(Field.LEGAL_BASIS, "《南通市守信激励对象认定办法》");
                row.put(Field.VALID_TO, listed.plusYears(2).minusDays(1).toString());
            }
            default -> {
                a = Authorities.OTHERS.get(3);
                row.put(Field.CONTENT, "经认证为海关高级认证企业");
                row.put(Field.LEGAL_BASIS, "《中华人民共和国海关注册登记和备案企业信用管理办法》");
            }
        }
        row.put(Field.AUTHORITY, a.name());
        row.put(Field.AUTHORITY_CODE, a.code());
        row.put(Field.DECISION_DATE, listed.toString());
        return row;
    }

    Map<Field, String> black(long index, boolean allowPersons) {
        Rng rng = ctx.rng(22, index);
        Map<Field, String> row = RowContext.row();
        ListType type = switch (rng.weighted(4, 2, 4)) {
            case 0 -> ListType.COURT_DEFAULTER;
            case 1 -> ListType.SERIOUS_DISHONESTY;
            default -> ListType.ABNORMAL_OPERATION;
        };
        SyntheticSubject s = ctx.pool.spread(index, allowPersons && type == ListType.COURT_DEFAULTER, false);
        RowContext.subject(row, s);
        row.remove(Field.ID_TYPE);
        row.put(Field.LIST_TYPE, type.label());
        LocalDate listed = ctx.recentDate(rng);
        row.put(Field.DECISION_DATE, listed.toString());
        switch (type) {
            case COURT_DEFAULTER -> {
                Authorities.Authority court = Authorities.COURTS.get((int) (index % Authorities.COURTS.size()));
                long n = index / Authorities.COURTS.size() + 1;
                row.put(Field.AUTHORITY, court.name());
                row.put(Field.CASE_NUMBER, "（" + listed.getYear() + "）" + court.abbreviation() + n + "号");
                row.put(Field.BASIS_DOC, "（" + (listed.getYear() - 1) + "）" + court.abbreviation().replace("执", "民初") + n + "号");
                row.put(Field.CONTENT, "有履行能力而拒不履行生效法律文书确定义务");
                row.put(Field.FULFILMENT, rng.chance(0.8) ? "全部未履行" : "部分履行");
            }
            case SERIOUS_DISHONESTY -> {
                Authorities.Authority a = rng.pick(Authorities.OTHERS);
                row.put(Field.AUTHORITY, a.name());
                row.put(Field.CONTENT, "拒不履行行政处罚决定，情节严重");
                row.put(Field.LEGAL_BASIS, "《失信行为纠正后的信用信息修复管理办法》");
            }
            default -> {
                row.put(Field.AUTHORITY, Authorities.PENALTY.get(rng.chance(0.5) ? 0 : 3).name());
                row.put(Field.CONTENT, rng.chance(0.6) ? "通过登记的住所或者经营场所无法联系" : "未按照规定的期限公示年度报告");
                row.put(Field.LEGAL_BASIS, "《市场主体登记管理条例实施细则》第七十二条");
                if (rng.chance(0.2)) {
                    row.put(Field.PUBLICITY_END, ctx.after(listed, 30, rng).toString());
                }
            }
        }
        return row;
    }
}
