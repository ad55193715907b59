package org.xinyong.core.grade;

import java.time.LocalDate;
import java.util.Collection;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Tier;
import org.xinyong.core.publicity.PublicityRule;

/**
 * What the grade model looks at, counted from a subject's public records only (a repaired or
 * expired record counts for nothing, as the law requires). "Recent" is within the last 12 months.
 */
public record GradeFeatures(int redLists, int seriousBlackLists, int abnormalOperation,
                            int seriousPenaltiesRecent, int seriousPenaltiesOlder,
                            int generalPenaltiesRecent, int generalPenaltiesOlder,
                            int commitmentsKept, int commitmentsPartial, int commitmentsBroken,
                            int inspectionsClean, int inspectionsWithProblems) {

    public static final String CLEAN_INSPECTION = "未发现问题";
    public static final String NOTHING_TO_INSPECT = "未发现开展本次抽查涉及的经营活动";

    public static GradeFeatures of(Collection<CreditRecord> records, LocalDate today) {
        int[] f = new int[12];
        LocalDate yearAgo = today.minusYears(1);
        for (CreditRecord r : records) {
            if (!PublicityRule.isPublic(r, today)) {
                continue;
            }
            boolean recent = r.decisionDate() != null && r.decisionDate().isAfter(yearAgo);
            switch (r.kind()) {
                case RED_LIST -> f[0]++;
                case BLACK_LIST -> f[r.listType() == ListType.ABNORMAL_OPERATION ? 2 : 1]++;
                case PENALTY -> {
                    if (r.tier() == Tier.SERIOUS) {
                        f[recent ? 3 : 4]++;
                    } else if (r.tier() == Tier.GENERAL) {
                        f[recent ? 5 : 6]++;
                    }
                }
                case COMMITMENT -> {
                    if ("全部履行".equals(r.fulfilment())) {
                        f[7]++;
                    } else if ("部分履行".equals(r.fulfilment())) {
                        f[8]++;
                    } else if ("全部未履行".equals(r.fulfilment())) {
                        f[9]++;
                    }
                }
                case INSPECTION -> {
                    if (CLEAN_INSPECTION.equals(r.category())) {
                        f[10]++;
                    } else if (r.category() != null && !NOTHING_TO_INSPECT.equals(r.category())) {
                        f[11]++;
                    }
                }
                default -> {
                    // licences and evaluations by others are not evidence of conduct here
                }
            }
        }
        return new GradeFeatures(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11]);
    }

    /** True for a kind of record the model reads; the others need not be fetched. */
    public static boolean relevant(RecordKind kind) {
        return kind != RecordKind.LICENSE && kind != RecordKind.EVALUATION;
    }
}
