package org.xinyong.api.check;

import java.util.ArrayList;
import java.util.List;
import org.xinyong.api.check.CheckResult.ListEntry;
import org.xinyong.api.check.CheckResult.Penalty;
import org.xinyong.api.check.CheckResult.Verdict;

/**
 * From the best score and the matched subject's public adverse records to a verdict. A confident
 * match is HIT or CLEAR by its records; an uncertain one is REVIEW when it has adverse records
 * (a person must decide whether it is the counterparty) and when code and name disagree; no match
 * is CLEAR — except that an invalid code is always worth a look.
 */
final class Verdicts {
    private Verdicts() {
    }

    /** @param tied how many other subjects match exactly as well (e.g. the same name in another district) */
    static CheckResult decide(CheckEntry entry, Candidate best, MatchScorer.Score score, int tied,
                              List<ListEntry> lists, List<Penalty> penalties, boolean invalidCodeGiven) {
        List<String> explanation = new ArrayList<>(score == null ? List.of() : score.reasons());
        if (best == null || score == null || score.value() < MatchScorer.REVIEW) {
            if (invalidCodeGiven) {
                explanation.add("所填统一社会信用代码无效，且未找到名称匹配的主体，请核对");
                return new CheckResult(entry, Verdict.REVIEW, 0, explanation, null, List.of(), List.of());
            }
            explanation.add("未发现匹配的主体，无公开的不良信用记录");
            return new CheckResult(entry, Verdict.CLEAR, 0, explanation, null, List.of(), List.of());
        }
        boolean adverse = !penalties.isEmpty() || lists.stream().anyMatch(l -> "BLACK_LIST".equals(l.kind()));
        double value = Math.round(score.value() * 100) / 100.0;
        if (adverse) {
            explanation.add(describeAdverse(lists, penalties));
        } else {
            explanation.add("无公开的失信名单或有效行政处罚记录");
        }
        Verdict verdict;
        if (tied > 0) {
            // two companies may carry one name in different districts: without the code, which one
            // is the counterparty is a person's decision, whatever the records say
            explanation.add("另有" + tied + "个主体与之同样匹配，请提供统一社会信用代码以确认");
            verdict = Verdict.REVIEW;
        } else if (score.conflict()) {
            verdict = Verdict.REVIEW;
        } else if (score.value() >= MatchScorer.CONFIDENT) {
            verdict = adverse ? Verdict.HIT : Verdict.CLEAR;
        } else {
            verdict = adverse ? Verdict.REVIEW : Verdict.CLEAR;
        }
        return new CheckResult(entry, verdict, value, explanation, best, lists, penalties);
    }

    private static String describeAdverse(List<ListEntry> lists, List<Penalty> penalties) {
        List<String> parts = new ArrayList<>();
        lists.stream().filter(l -> "BLACK_LIST".equals(l.kind())).map(ListEntry::label).distinct()
                .forEach(label -> parts.add("列入" + label));
        if (!penalties.isEmpty()) {
            parts.add("有效行政处罚" + penalties.size() + "条");
        }
        return String.join("；", parts);
    }
}
