package org.xinyong.indexer.validate;

import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.RecordKind;
import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.map.BoundHeader;
import org.xinyong.indexer.map.Field;

/**
 * 双随机一公开 inspection results. The task number (or the plan number when a plan has one task)
 * identifies the inspection; 检查结果 must be one of the standard results.
 */
final class InspectionValidator extends TabularValidator {

    InspectionValidator(BoundHeader header, FeedContext ctx, boolean excelDates) {
        super(header, ctx, excelDates);
    }

    @Override
    protected ParsedRow parse(Cells c) {
        SubjectResolver.Identity subject = SubjectResolver.resolve(c, ctx.idHasher());
        String task = c.text(Field.TASK_NO).isEmpty() ? c.optional(Field.PLAN_NO) : c.text(Field.TASK_NO);
        if (task == null) {
            c.error(c.has(Field.TASK_NO) ? Field.TASK_NO : Field.PLAN_NO, "必填项为空");
        }
        String item = c.optional(Field.TITLE);
        String plan = c.optional(Field.PLAN_NAME);
        CreditRecord.Builder b = CreditRecord.builder(RecordKind.INSPECTION)
                .documentNumber(task)
                .title(item != null ? item : plan != null ? plan : "双随机一公开抽查")
                .category(c.term(Field.CATEGORY, Vocabularies.INSPECTION_RESULT, true))
                .content(c.optional(Field.CONTENT))
                .decisionDate(c.decisionDate(Field.DECISION_DATE))
                .authority(c.required(Field.AUTHORITY))
                .authorityCode(c.creditCode(Field.AUTHORITY_CODE, false))
                .extra(c.extras(Field.PLAN_NO, Field.PLAN_NAME, Field.REMARK));
        return finish(c, subject, b, null, true);
    }
}
