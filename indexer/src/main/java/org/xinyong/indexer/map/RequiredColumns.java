package org.xinyong.indexer.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xinyong.indexer.feed.FeedKind;

/**
 * The columns a file of each kind cannot do without; each entry is a set of alternatives of
 * which one must be present (统一社会信用代码 or 证件号码). Whether a cell may be empty is decided
 * per row by the validators; a missing column fails the whole file at once, which is the message a
 * department needs for a template error.
 */
public final class RequiredColumns {
    private static final Set<Field> SUBJECT_ID = Set.of(Field.CREDIT_CODE, Field.ID_NUMBER);

    private RequiredColumns() {
    }

    public static List<Set<Field>> of(FeedKind kind) {
        return switch (kind) {
            case PENALTY -> List.of(Set.of(Field.NAME), SUBJECT_ID, Set.of(Field.DOC_NUMBER), Set.of(Field.CATEGORY),
                    Set.of(Field.DECISION_DATE), Set.of(Field.AUTHORITY));
            case LICENSE -> List.of(Set.of(Field.NAME), SUBJECT_ID, Set.of(Field.DOC_NUMBER), Set.of(Field.CATEGORY),
                    Set.of(Field.DECISION_DATE), Set.of(Field.AUTHORITY));
            case RED_LIST, BLACK_LIST -> List.of(Set.of(Field.NAME), SUBJECT_ID,
                    Set.of(Field.DECISION_DATE, Field.YEAR), Set.of(Field.AUTHORITY, Field.SOURCE_DEPT));
            case COMMITMENT -> List.of(Set.of(Field.COMMITMENT_NO), Set.of(Field.NAME),
                    Set.of(Field.SUBJECT_CODE, Field.CREDIT_CODE, Field.ID_NUMBER), Set.of(Field.CATEGORY),
                    Set.of(Field.AUTHORITY));
            case INSPECTION -> List.of(Set.of(Field.NAME), SUBJECT_ID, Set.of(Field.TASK_NO, Field.PLAN_NO),
                    Set.of(Field.DECISION_DATE), Set.of(Field.CATEGORY), Set.of(Field.AUTHORITY));
            case EVALUATION -> List.of(Set.of(Field.NAME), SUBJECT_ID, Set.of(Field.GRADE),
                    Set.of(Field.YEAR, Field.DECISION_DATE), Set.of(Field.AUTHORITY));
            case STATUS -> List.of(Set.of(Field.NEW_STATUS), Set.of(Field.STATUS_DATE),
                    Set.of(Field.RECORD_ID, Field.DOC_NUMBER));
            case JSONL -> List.of();
        };
    }

    /** The national names of the missing columns, alternatives joined by 或, for a message. */
    public static List<String> missing(FeedKind kind, BoundHeader header) {
        List<String> missing = new ArrayList<>();
        for (Set<Field> alternatives : of(kind)) {
            if (!header.hasAny(alternatives)) {
                missing.add(String.join("或", alternatives.stream().sorted().map(header::displayName).toList()));
            }
        }
        return missing;
    }
}
