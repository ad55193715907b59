package org.xinyong.indexer.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.xinyong.indexer.map.Field;

/** 信用承诺, 双随机一公开 and 信用评价 rows. */
final class ProgramRows {
    private static final String[] COMMITMENT_TYPES = {"审批替代型", "证明事项型", "容缺受理型", "信用修复型", "主动型", "行业自律型"};
    private static final int[] COMMITMENT_WEIGHTS = {4, 3, 1, 1, 1, 1};
    private static final String[] COMMITMENT_REASONS = {"申请食品经营许可告知承诺", "申请证明事项告知承诺", "申请容缺受理",
        "申请行政处罚信息信用修复", "主动向社会作出信用承诺", "行业协会自律承诺"};
    private static final String[] RESULTS = {"未发现问题", "发现问题已责令改正", "通过登记的住所（经营场所）无法联系",
        "未发现开展本次抽查涉及的经营活动", "发现问题待后续处理", "不配合检查情节严重"};
    private static final int[] RESULT_WEIGHTS = {70, 15, 5, 5, 3, 2};
    private static final List<String> ITEMS = List.of("食品经营者落实食品安全主体责任情况的检查", "企业公示信息的检查",
            "排污单位自行监测情况的检查", "建筑施工安全生产情况的检查", "产品质量监督抽查", "消防安全检查",
            "价格行为检查", "特种设备使用单位安全管理情况的检查");
    private static final String[][] EVALUATIONS = {
        {"纳税信用评价", "2", "ABMCD"}, {"建筑市场信用评价", "4", "ABCD"}, {"食品安全信用等级评定", "1", "ABC"},
        {"环保信用评价", "5", "ABCD"}};
    private static final int KNOWN_ENTERPRISES = 6;
    private static final int KNOWN_ALL = SubjectPool.KNOWN.size();

    private final RowContext ctx;

    ProgramRows(RowContext ctx) {
        this.ctx = ctx;
    }

    Map<Field, String> commitment(long index, boolean allowPersons) {
        Rng rng = ctx.rng(31, index);
        Map<Field, String> row = RowContext.row();
        SyntheticSubject s = ctx.subjectFor(index, rng, KNOWN_ALL, allowPersons);
        row.put(Field.NAME, s.name());
        row.put(Field.SUBJECT_TYPE, s.type().label());
        row.put(Field.SUBJECT_CODE, s.isPerson() ? s.residentId() : s.creditCode());
        LocalDate made = ctx.recentDate(rng);
        String region = s.region() != null ? s.region() : "320600";
        row.put(Field.COMMITMENT_NO, region + made.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%06d", index % 1_000_000));
        int type = rng.weighted(COMMITMENT_WEIGHTS);
        row.put(Field.CATEGORY, COMMITMENT_TYPES[type]);
        row.put(Field.TITLE, COMMITMENT_REASONS[type]);
        row.put(Field.CONTENT, "本" + (s.isPerson() ? "人" : "单位") + "承诺所提供的材料真实、合法、有效，"
                + "严格遵守相关法律法规，诚信经营，自觉接受社会监督。");
        row.put(Field.LIABILITY, "如违反承诺，自愿接受有关部门依法依规作出的处理，并承担相应法律责任。");
        row.put(Field.DECISION_DATE, made.toString());
        if (rng.chance(0.6)) {
            row.put(Field.VALID_TO, made.plusYears(1 + rng.nextInt(3)).minusDays(1).toString());
        }
        switch (rng.weighted(55, 35, 5, 5)) {
            case 0 -> row.put(Field.FULFILMENT, "全部履行");
            case 1 -> { }
            default -> {
                row.put(Field.FULFILMENT, rng.chance(0.5) ? "部分履行" : "全部未履行");
                row.put(Field.UNFULFILLED, "未在承诺期限内补齐相关证明材料");
                row.put(Field.PURSUIT, "撤销相关许可，记入信用记录");
            }
        }
        Authorities.Authority a = rng.chance(0.5) ? rng.pick(Authorities.LICENSE) : rng.pick(Authorities.OTHERS);
        row.put(Field.AUTHORITY, a.name());
        row.put(Field.AUTHORITY_CODE, a.code());
        row.put(Field.PUBLICATION, switch (rng.weighted(92, 4, 4)) {
            case 0 -> "可向社会公开";
            case 1 -> "特定范围内公开";
            default -> "不可公开";
        });
        return row;
    }

    /** Inspections come in tasks of about 40 subjects that share plan, item, date and authority. */
    Map<Field, String> inspection(long index) {
        long task = index / 40;
        Rng taskRng = ctx.rng(32, task);
        Rng rng = ctx.rng(33, index);
        Map<Field, String> row = RowContext.row();
        SyntheticSubject s = index < KNOWN_ALL - 1 ? SubjectPool.KNOWN.get((int) index) : ctx.pool.spread(index, false, false);
        RowContext.subject(row, s);
        LocalDate checked = ctx.recentDate(taskRng);
        Authorities.Authority a = Authorities.PENALTY.get(taskRng.nextInt(Authorities.PENALTY.size()));
        row.put(Field.PLAN_NO, "SJJH" + checked.getYear() + String.format("%04d", task / 5 + 1));
        row.put(Field.TASK_NO, "SJRW" + checked.getYear() + String.format("%06d", task + 1));
        row.put(Field.PLAN_NAME, checked.getYear() + "年度" + a.name().replace("南通市", "") + "双随机抽查任务");
        row.put(Field.TITLE, ITEMS.get(taskRng.nextInt(ITEMS.size())));
        row.put(Field.DECISION_DATE, checked.toString());
        String result = RESULTS[rng.weighted(RESULT_WEIGHTS)];
        row.put(Field.CATEGORY, result);
        if (!result.equals("未发现问题")) {
            row.put(Field.CONTENT, result.contains("责令") ? "已当场责令整改，整改已完成" : "已按规定处理");
        }
        row.put(Field.AUTHORITY, a.name());
        row.put(Field.AUTHORITY_CODE, a.code());
        return row;
    }

    Map<Field, String> evaluation(long index) {
        Rng rng = ctx.rng(34, index);
        Map<Field, String> row = RowContext.row();
        SyntheticSubject s = index < KNOWN_ENTERPRISES ? SubjectPool.KNOWN.get((int) index) : ctx.pool.spread(index, false, true);
        RowContext.subject(row, s);
        String[] scheme = EVALUATIONS[rng.nextInt(EVALUATIONS.length)];
        Authorities.Authority a = Authorities.OTHERS.get(Integer.parseInt(scheme[1]));
        LocalDate evaluated = ctx.recentDate(rng);
        int year = evaluated.getYear() - 1;
        String grades = scheme[2];
        row.put(Field.TITLE, scheme[0]);
        row.put(Field.GRADE, String.valueOf(grades.charAt(rng.weighted(weights(grades.length())))));
        row.put(Field.YEAR, String.valueOf(year));
        row.put(Field.DECISION_DATE, evaluated.toString());
        row.put(Field.AUTHORITY, a.name());
        row.put(Field.AUTHORITY_CODE, a.code());
        row.put(Field.VALID_TO, LocalDate.of(year + 1, 12, 31).toString());
        return row;
    }

    /** Better grades are commoner: 5, 4, 3 … */
    private static int[] weights(int n) {
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = n + 1 - i;
        }
        return w;
    }
}
