package org.xinyong.core.grade;

import java.util.ArrayList;
import java.util.List;

/**
 * The credit evaluation model for 分级分类监管: transparent, documented ({@code docs/grade-model.md},
 * with a worked example) and versioned. Start from {@value #BASE} points; each factor adds or
 * subtracts, some with a cap; the score (0–100) gives the grade. A serious-dishonesty list entry
 * makes the grade D whatever the score, because the law attaches joint punishment to it.
 *
 * <pre>
 * A ≥ 90    B ≥ 75    C ≥ 60    D &lt; 60
 * </pre>
 */
public final class GradeModel {
    public static final String VERSION = "GM-2026.1";
    public static final int BASE = 80;

    private GradeModel() {
    }

    public static Grade grade(GradeFeatures f) {
        List<Grade.Factor> factors = new ArrayList<>();
        int score = BASE;
        score += add(factors, "RED_LIST", "守信激励（红名单）", f.redLists(), 10, 20);
        score += add(factors, "SERIOUS_BLACK_LIST", "严重失信主体名单/失信被执行人", f.seriousBlackLists(), -40, null);
        score += add(factors, "ABNORMAL", "经营异常名录", f.abnormalOperation(), -15, null);
        score += add(factors, "SERIOUS_PENALTY_RECENT", "严重失信行政处罚（近12个月）", f.seriousPenaltiesRecent(), -20, null);
        score += add(factors, "SERIOUS_PENALTY_OLDER", "严重失信行政处罚（12个月前）", f.seriousPenaltiesOlder(), -10, null);
        score += add(factors, "GENERAL_PENALTY_RECENT", "一般失信行政处罚（近12个月）", f.generalPenaltiesRecent(), -8, null);
        score += add(factors, "GENERAL_PENALTY_OLDER", "一般失信行政处罚（12个月前）", f.generalPenaltiesOlder(), -4, null);
        score += add(factors, "COMMITMENT_KEPT", "信用承诺全部履行", f.commitmentsKept(), 3, 9);
        score += add(factors, "COMMITMENT_PARTIAL", "信用承诺部分履行", f.commitmentsPartial(), -4, null);
        score += add(factors, "COMMITMENT_BROKEN", "信用承诺全部未履行（违诺）", f.commitmentsBroken(), -10, null);
        score += add(factors, "INSPECTION_CLEAN", "双随机抽查未发现问题", f.inspectionsClean(), 2, 6);
        score += add(factors, "INSPECTION_PROBLEM", "双随机抽查发现问题", f.inspectionsWithProblems(), -5, null);
        score = Math.max(0, Math.min(100, score));
        String letter = score >= 90 ? "A" : score >= 75 ? "B" : score >= 60 ? "C" : "D";
        String override = null;
        if (f.seriousBlackLists() > 0 && !letter.equals("D")) {
            letter = "D";
            override = "列入严重失信主体名单或失信被执行人名单，等级定为D";
        }
        return new Grade(letter, score, VERSION, factors, override);
    }

    /** Adds a factor line when it applies and returns its points; {@code cap} bounds the total. */
    private static int add(List<Grade.Factor> factors, String code, String label, int count, int each, Integer cap) {
        if (count == 0) {
            return 0;
        }
        int points = count * each;
        if (cap != null) {
            points = cap > 0 ? Math.min(points, cap) : Math.max(points, cap);
        }
        factors.add(new Grade.Factor(code, label, count, points));
        return points;
    }

    /** Relative draw weight in a 双随机 plan: lower grades are inspected more often. */
    public static int inspectionWeight(String letter) {
        return switch (letter) {
            case "A" -> 1;
            case "B" -> 2;
            case "C" -> 4;
            default -> 8;
        };
    }
}
