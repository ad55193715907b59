package org.xinyong.api.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xinyong.analysis.pinyin.PinyinConverter;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.text.Names;

/**
 * Decides whether a candidate subject is the counterparty an entry names, deterministically, with
 * reasons. Elasticsearch only proposes candidates (recall); this class alone decides (precision),
 * so the same entry against the same data always gets the same answer and the rules can be read,
 * tested and versioned ({@link #VERSION}).
 *
 * <p>Evidence, strongest first: the code equal; the name equal after normalisation (or equal to a
 * former name); the core name equal (region prefix and company form ignored); the core names'
 * pinyin equal (a homophone); the core names similar (character-bigram Dice ≥ 0.75, a typo). A code
 * that is invalid or belongs to someone else while the name matches is never a confident match.
 */
public final class MatchScorer {

    public static final String VERSION = "2026.11-2";

    /** At or above: a confident match. Between REVIEW and this: worth a human look. */
    public static final double CONFIDENT = 0.9;
    public static final double REVIEW = 0.6;

    private final PinyinConverter pinyin = PinyinConverter.standard();

    /** The scored comparison of one entry with one candidate. */
    public record Score(double value, List<String> reasons, boolean conflict) {
    }

    public Score score(CheckEntry entry, Candidate candidate) {
        List<String> reasons = new ArrayList<>();
        Optional<CreditCode> code = CreditCode.tryParse(entry.code());
        boolean codeGiven = !entry.code().isBlank();
        boolean codeEqual = code.isPresent() && code.get().value().equals(candidate.creditCode());
        NameMatch name = nameMatch(entry.name(), candidate);

        if (codeEqual) {
            reasons.add("统一社会信用代码一致");
            if (entry.name().isBlank()) {
                return new Score(0.97, reasons, false);
            }
            if (name.strength >= 0.95) {
                reasons.add(name.reason);
                return new Score(1.0, reasons, false);
            }
            if (name.strength >= REVIEW) {
                reasons.add(name.reason);
                return new Score(0.92, reasons, false);
            }
            reasons.add("名称与该代码登记的名称不一致（登记名称：" + candidate.name() + "）");
            return new Score(0.7, reasons, true);
        }
        if (name.strength == 0) {
            return new Score(0, List.of(), false);
        }
        reasons.add(name.reason);
        if (codeGiven) {
            if (code.isEmpty()) {
                reasons.add("所填统一社会信用代码无效（" + invalidReason(entry.code()) + "）");
            } else {
                reasons.add("所填统一社会信用代码与该主体不一致（该主体代码：" + candidate.creditCode() + "）");
            }
            // a name match with a wrong code could be a typo or a different company: a person decides
            return new Score(Math.min(name.strength, 0.8), reasons, true);
        }
        return new Score(name.strength, reasons, false);
    }

    private record NameMatch(double strength, String reason) {
    }

    private NameMatch nameMatch(String input, Candidate candidate) {
        if (input.isBlank()) {
            return new NameMatch(0, "");
        }
        String normalized = Names.normalize(input);
        if (normalized.equals(Names.normalize(candidate.name()))) {
            return new NameMatch(0.96, "名称一致");
        }
        for (String former : candidate.formerNames()) {
            if (normalized.equals(Names.normalize(former))) {
                return new NameMatch(0.95, "与曾用名一致（" + former + "）");
            }
        }
        String inputCore = Names.coreName(input);
        String candidateCore = Names.coreName(candidate.name());
        if (inputCore.length() >= 2 && inputCore.equals(candidateCore)) {
            return new NameMatch(0.86, "核心名称一致（忽略地区前缀与组织形式）");
        }
        if (inputCore.length() >= 2 && pinyin.toPinyin(inputCore).equals(pinyin.toPinyin(candidateCore))) {
            return new NameMatch(0.72, "核心名称拼音一致（可能为同音字）");
        }
        if (inputCore.length() >= 4 && editDistanceAtMostOne(inputCore, candidateCore)) {
            return new NameMatch(0.7, "核心名称仅一字之差（可能为笔误）");
        }
        double dice = dice(inputCore, candidateCore);
        if (dice >= 0.75) {
            // 0.60 at the threshold up to 0.75 for near-identical: never confident on similarity alone
            return new NameMatch(0.6 + 0.6 * (dice - 0.75), String.format("核心名称相似（相似度 %.2f）", dice));
        }
        return new NameMatch(0, "");
    }

    /** True when one substitution, insertion or deletion turns {@code a} into {@code b} (or none). */
    static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return !edited || i == a.length() && j == b.length();
    }

    /** Dice coefficient over character bigrams: 1 for equal strings, tolerant of one wrong character. */
    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        List<String> x = bigrams(a);
        List<String> y = bigrams(b);
        Set<String> ySet = new HashSet<>(y);
        int common = 0;
        List<String> remaining = new ArrayList<>(y);
        for (String g : x) {
            if (ySet.contains(g) && remaining.remove(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static List<String> bigrams(String s) {
        List<String> out = new ArrayList<>(s.length());
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static String invalidReason(String code) {
        try {
            CreditCode.parse(code);
            return "";
        } catch (org.xinyong.core.code.InvalidCodeException e) {
            return switch (e.reason()) {
                case CHECKSUM -> "校验位错误";
                case LENGTH -> "位数不是18位";
                case CHARACTER -> "含无效字符";
                default -> "格式错误";
            };
        }
    }
}
