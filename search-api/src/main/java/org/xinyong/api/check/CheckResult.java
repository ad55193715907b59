package org.xinyong.api.check;

import java.util.List;

/**
 * The answer for one entry.
 *
 * @param verdict CLEAR (no public adverse record found), HIT (a confident match with black-list
 *     entries or active penalties), REVIEW (an uncertain match that has adverse records, or a code
 *     and name that disagree)
 */
public record CheckResult(CheckEntry entry, Verdict verdict, double score, List<String> explanation,
                          Candidate subject, List<ListEntry> lists, List<Penalty> penalties) {

    public enum Verdict { CLEAR, HIT, REVIEW }

    public record ListEntry(String listType, String label, String kind, String since, String authority) {
    }

    public record Penalty(String documentNumber, String decisionDate, String tier, String authority, String category) {
    }

    public boolean adverse() {
        return !penalties.isEmpty() || lists.stream().anyMatch(l -> "BLACK_LIST".equals(l.kind()));
    }
}
