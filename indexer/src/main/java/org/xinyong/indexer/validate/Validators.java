package org.xinyong.indexer.validate;

import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.FeedKind;
import org.xinyong.indexer.map.BoundHeader;

/** The validator for a kind of tabular feed. */
public final class Validators {
    private Validators() {
    }

    /**
     * @param overridden the kind was given by the user, not detected (lists then refuse rows of the other side)
     */
    public static RowValidator forKind(FeedKind kind, BoundHeader header, FeedContext ctx, boolean excelDates,
                                       boolean overridden) {
        return switch (kind) {
            case PENALTY -> new PenaltyValidator(header, ctx, excelDates);
            case LICENSE -> new LicenseValidator(header, ctx, excelDates);
            case RED_LIST, BLACK_LIST -> new ListEntryValidator(header, ctx, excelDates, kind, overridden);
            case COMMITMENT -> new CommitmentValidator(header, ctx, excelDates);
            case INSPECTION -> new InspectionValidator(header, ctx, excelDates);
            case EVALUATION -> new EvaluationValidator(header, ctx, excelDates);
            case STATUS -> new StatusValidator(header, ctx, excelDates);
            case JSONL -> new JsonRecordValidator(ctx);
        };
    }
}
