package org.xinyong.indexer.generate;

import java.time.LocalDate;
import java.util.Map;
import org.xinyong.indexer.map.Field;

/**
 * A status feed about generated penalties: the penalty rows are regenerated from their index (rows
 * are pure functions of it), so the status rows name real document numbers and authorities.
 */
final class StatusRows {
    private final RowContext ctx;
    private final DecisionRows decisions;

    StatusRows(RowContext ctx, DecisionRows decisions) {
        this.ctx = ctx;
        this.decisions = decisions;
    }

    Map<Field, String> status(long index, long penaltyIndex) {
        Rng rng = ctx.rng(41, index);
        Map<Field, String> penalty = decisions.penalty(penaltyIndex, true);
        Map<Field, String> row = RowContext.row();
        row.put(Field.RECORD_KIND, "行政处罚");
        row.put(Field.DOC_NUMBER, penalty.get(Field.DOC_NUMBER));
        row.put(Field.AUTHORITY, penalty.get(Field.AUTHORITY));
        LocalDate decided = LocalDate.parse(penalty.get(Field.DECISION_DATE));
        switch (rng.weighted(6, 2, 2)) {
            case 0 -> {
                row.put(Field.NEW_STATUS, "信用修复");
                row.put(Field.REMARK, "当事人已履行行政处罚决定并作出信用承诺，准予信用修复");
            }
            case 1 -> {
                row.put(Field.NEW_STATUS, "撤销");
                row.put(Field.REMARK, "行政复议决定撤销原处罚决定");
            }
            default -> {
                row.put(Field.NEW_STATUS, "公示期满");
                row.put(Field.REMARK, "公示期届满");
            }
        }
        row.put(Field.STATUS_DATE, ctx.after(decided, 90, rng).toString());
        return row;
    }
}
