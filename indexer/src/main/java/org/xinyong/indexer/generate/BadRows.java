package org.xinyong.indexer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xinyong.core.code.CreditCode;
import org.xinyong.indexer.feed.FeedKind;
import org.xinyong.indexer.map.Field;

/**
 * Spoils a good row in one of the ways real feeds go wrong, each of which the parser must reject:
 * a code with a wrong check character, an impossible date, a missing name, a negative fine, a
 * category outside the national list, a malformed ID. Which rows are bad depends only on (seed,
 * kind, index), so the manifest can say exactly which lines will be rejected.
 */
final class BadRows {
    enum Problem { BAD_CHECKSUM, BAD_DATE, MISSING_NAME, NEGATIVE_AMOUNT, UNKNOWN_CATEGORY, MALFORMED_ID }

    private static final String[] BAD_DATES = {"2024-13-45", "2023年2月30日", "去年三月", "2025/02/29", "31/12/2023"};

    private BadRows() {
    }

    static boolean isBad(long seed, FeedKind kind, long index, double share) {
        return share > 0 && index >= SubjectPool.KNOWN.size() && Rng.of(seed, 900 + kind.ordinal(), index).nextDouble() < share;
    }

    /** Spoils {@code row} in place and says how. */
    static Problem spoil(long seed, FeedKind kind, long index, Map<Field, String> row) {
        Rng rng = Rng.of(seed, 950 + kind.ordinal(), index);
        List<Problem> options = new ArrayList<>();
        Field codeField = row.containsKey(Field.SUBJECT_CODE) ? Field.SUBJECT_CODE : Field.CREDIT_CODE;
        boolean person = "自然人".equals(row.get(Field.SUBJECT_TYPE));
        if (kind != FeedKind.STATUS) {
            options.add(person ? Problem.MALFORMED_ID : Problem.BAD_CHECKSUM);
            options.add(Problem.MISSING_NAME);
        }
        options.add(Problem.BAD_DATE);
        options.add(Problem.UNKNOWN_CATEGORY);
        if (row.get(Field.FINE) != null) {
            options.add(Problem.NEGATIVE_AMOUNT);
        }
        Problem problem = rng.pick(options);
        switch (problem) {
            case BAD_CHECKSUM -> row.put(codeField, wrongLast(row.get(codeField), CreditCode.ALPHABET, rng));
            case MALFORMED_ID -> {
                Field idField = row.containsKey(Field.SUBJECT_CODE) ? Field.SUBJECT_CODE : Field.ID_NUMBER;
                String id = row.get(idField);
                row.put(idField, rng.chance(0.5) ? id.substring(0, 17) : wrongLast(id, "0123456789X", rng));
            }
            case BAD_DATE -> row.put(kind == FeedKind.STATUS ? Field.STATUS_DATE : Field.DECISION_DATE, rng.pick(List.of(BAD_DATES)));
            case MISSING_NAME -> row.put(Field.NAME, "");
            case NEGATIVE_AMOUNT -> row.put(Field.FINE, "-" + row.get(Field.FINE));
            case UNKNOWN_CATEGORY -> unknownCategory(kind, row);
        }
        return problem;
    }

    private static void unknownCategory(FeedKind kind, Map<Field, String> row) {
        switch (kind) {
            case PENALTY -> row.put(Field.CATEGORY, "责令改正");
            case LICENSE -> row.put(Field.CATEGORY, "备案");
            case RED_LIST, BLACK_LIST -> row.put(Field.LIST_TYPE, "灰名单");
            case COMMITMENT -> row.put(Field.CATEGORY, "口头承诺");
            case INSPECTION -> row.put(Field.CATEGORY, "良好");
            case EVALUATION -> row.put(Field.GRADE, "E");
            case STATUS -> row.put(Field.NEW_STATUS, "作废");
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    private static String wrongLast(String value, String alphabet, Rng rng) {
        char last = value.charAt(value.length() - 1);
        int at = alphabet.indexOf(last);
        char other = alphabet.charAt((at + 1 + rng.nextInt(alphabet.length() - 1)) % alphabet.length());
        return value.substring(0, value.length() - 1) + other;
    }
}
