package org.xinyong.indexer.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.xinyong.indexer.map.Field;

/** 行政处罚 and 行政许可 rows: document numbers unique per authority, realistic categories and amounts. */
final class DecisionRows {
    static final int KNOWN_SUBJECTS = SubjectPool.KNOWN.size();

    private static final String[] CATEGORIES = {"警告", "通报批评", "罚款", "没收违法所得；罚款", "罚款；责令停产停业",
        "吊销许可证件", "暂扣许可证件", "警告；罚款"};
    private static final int[] CATEGORY_WEIGHTS = {18, 5, 50, 10, 4, 3, 3, 7};
    private static final List<String[]> VIOLATIONS = List.of(
            new String[] {"未取得食品经营许可从事食品经营活动", "《中华人民共和国食品安全法》第一百二十二条"},
            new String[] {"超标排放大气污染物", "《中华人民共和国大气污染防治法》第九十九条"},
            new String[] {"未按规定对从业人员进行安全生产教育和培训", "《中华人民共和国安全生产法》第九十七条"},
            new String[] {"虚开增值税普通发票", "《中华人民共和国发票管理办法》第三十七条"},
            new String[] {"销售不合格产品", "《中华人民共和国产品质量法》第五十条"},
            new String[] {"擅自占用城市道路", "《城市道路管理条例》第四十二条"},
            new String[] {"发布虚假广告", "《中华人民共和国广告法》第五十五条"},
            new String[] {"违反消防安全管理规定", "《中华人民共和国消防法》第六十条"},
            new String[] {"不执行政府定价", "《中华人民共和国价格法》第三十九条"},
            new String[] {"道路运输车辆未按规定进行年度审验", "《中华人民共和国道路运输条例》第七十条"});
    private static final List<String[]> LICENCES = List.of(
            new String[] {"食品经营许可证", "普通", "JY1", "预包装食品销售、热食类食品制售"},
            new String[] {"建筑工程施工许可证", "普通", "320600", "新建厂房及配套工程施工"},
            new String[] {"排污许可证", "普通", "91320600", "废水、废气污染物排放"},
            new String[] {"道路运输经营许可证", "普通", "苏交运管许可通字", "道路普通货物运输"},
            new String[] {"危险化学品经营许可证", "特许", "苏通危化经字", "危险化学品批发（无储存）"},
            new String[] {"药品经营许可证", "普通", "苏DA513", "中成药、化学药制剂零售"},
            new String[] {"公共场所卫生许可证", "普通", "通卫公字", "住宿、沐浴场所经营"},
            new String[] {"医疗机构执业许可证", "核准", "PDY", "内科、外科、口腔科诊疗"},
            new String[] {"特种设备使用登记证", "登记", "梯11苏F", "电梯使用登记"},
            new String[] {"燃气经营许可证", "特许", "苏202506", "管道燃气经营"},
            new String[] {"检验检测机构资质认定证书", "认可", "CMA", "纺织品检验检测"},
            new String[] {"公司变更登记", "登记", "", "法定代表人、经营范围变更登记"});

    private final RowContext ctx;

    DecisionRows(RowContext ctx) {
        this.ctx = ctx;
    }

    Map<Field, String> penalty(long index, boolean allowPersons) {
        Rng rng = ctx.rng(11, index);
        Map<Field, String> row = RowContext.row();
        SyntheticSubject s = ctx.subjectFor(index, rng, KNOWN_SUBJECTS, allowPersons);
        RowContext.subject(row, s);
        Authorities.Authority a = Authorities.PENALTY.get((int) (index % Authorities.PENALTY.size()));
        LocalDate decided = ctx.recentDate(rng);
        row.put(Field.DOC_NUMBER, a.abbreviation() + "〔" + decided.getYear() + "〕" + (index / Authorities.PENALTY.size() + 1) + "号");
        String[] violation = rng.pick(VIOLATIONS);
        String category = CATEGORIES[rng.weighted(CATEGORY_WEIGHTS)];
        row.put(Field.VIOLATION_TYPE, violation[0]);
        row.put(Field.FACTS, "经查，当事人" + s.name() + "存在" + violation[0] + "的行为。");
        row.put(Field.LEGAL_BASIS, violation[1]);
        row.put(Field.CATEGORY, category);
        StringBuilder content = new StringBuilder();
        if (category.contains("罚款")) {
            double fine = fine(rng);
            row.put(Field.FINE, RowContext.amount(fine));
            content.append("罚款人民币").append(Math.round(fine * 10000)).append("元");
        }
        if (category.contains("没收")) {
            double confiscated = 0.1 + rng.nextInt(3000) / 100.0;
            row.put(Field.CONFISCATED, RowContext.amount(confiscated));
            content.append(content.length() > 0 ? "，" : "").append("没收违法所得").append(Math.round(confiscated * 10000)).append("元");
        }
        if (content.length() == 0) {
            content.append("给予").append(category.replace("；", "、")).append("的行政处罚");
        }
        row.put(Field.CONTENT, content.toString());
        row.put(Field.DECISION_DATE, decided.toString());
        if (rng.chance(0.1)) {
            row.put(Field.VALID_TO, decided.plusYears(1).toString());
        }
        if (rng.chance(0.25)) {
            row.put(Field.PUBLICITY_END, decided.plusMonths(rng.chance(0.5) ? 6 : 12).minusDays(1).toString());
        }
        row.put(Field.AUTHORITY, a.name());
        row.put(Field.AUTHORITY_CODE, a.code());
        row.put(Field.SOURCE_DEPT, a.name());
        row.put(Field.SOURCE_DEPT_CODE, a.code());
        return row;
    }

    /** 万元: a quarter minor (≤ 0.3), most between, a few from 50 up to 2,000 (some over 100: serious). */
    private static double fine(Rng rng) {
        return switch (rng.weighted(25, 60, 15)) {
            case 0 -> (1 + rng.nextInt(30)) / 100.0;
            case 1 -> 0.31 + rng.nextInt(4970) / 100.0;
            default -> 50 + rng.nextInt(195000) / 100.0;
        };
    }

    Map<Field, String> license(long index, boolean allowPersons) {
        Rng rng = ctx.rng(12, index);
        Map<Field, String> row = RowContext.row();
        SyntheticSubject s = ctx.subjectFor(index, rng, KNOWN_SUBJECTS, allowPersons && rng.chance(0.3));
        RowContext.subject(row, s);
        Authorities.Authority a = Authorities.LICENSE.get((int) (index % Authorities.LICENSE.size()));
        LocalDate decided = ctx.recentDate(rng);
        String[] licence = rng.pick(LICENCES);
        row.put(Field.TITLE, "准予行政许可决定书");
        row.put(Field.DOC_NUMBER, a.abbreviation() + "〔" + decided.getYear() + "〕" + (index / Authorities.LICENSE.size() + 1) + "号");
        row.put(Field.CATEGORY, licence[1]);
        row.put(Field.CERT_NAME, licence[0]);
        row.put(Field.LICENCE_NO, licence[2] + String.format("%08d", Math.floorMod(Rng.mix(index), 100_000_000)));
        row.put(Field.CONTENT, licence[3]);
        row.put(Field.DECISION_DATE, decided.toString());
        row.put(Field.VALID_FROM, decided.toString());
        row.put(Field.VALID_TO, rng.chance(0.08) ? "长期" : decided.plusYears(5).minusDays(1).toString());
        row.put(Field.AUTHORITY, a.name());
        row.put(Field.AUTHORITY_CODE, a.code());
        row.put(Field.SOURCE_DEPT, a.name());
        row.put(Field.SOURCE_DEPT_CODE, a.code());
        return row;
    }
}
