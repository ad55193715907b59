package org.xinyong.indexer.validate;

import org.xinyong.core.model.NaturalKeys;
import java.time.LocalDate;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.map.BoundHeader;
import org.xinyong.indexer.map.Field;
import org.xinyong.indexer.read.RawRow;

/**
 * Status rows: a record, named by its id or by document number + authority, gets a new status
 * (已信用修复, 已撤销, 公示期满, or back to 公示中) from a date. For 处罚 and 许可 the id is computed
 * from the document key exactly as at load time, so the loader can apply the change by id.
 */
final class StatusValidator implements RowValidator {
    private final BoundHeader header;
    private final FeedContext ctx;
    private final boolean excelDates;

    StatusValidator(BoundHeader header, FeedContext ctx, boolean excelDates) {
        this.header = header;
        this.ctx = ctx;
        this.excelDates = excelDates;
    }

    @Override
    public ParsedRow validate(RawRow row) {
        Cells c = new Cells(row, header, excelDates, ctx.today());
        String recordId = c.optional(Field.RECORD_ID);
        String kindLabel = c.term(Field.RECORD_KIND, Vocabularies.RECORD_KIND, false);
        RecordKind kind = kindLabel == null ? RecordKind.PENALTY : Vocabularies.recordKind(kindLabel);
        String documentNumber = c.optional(Field.DOC_NUMBER);
        String authority = c.optional(Field.AUTHORITY);
        if (recordId == null) {
            if (kind != RecordKind.PENALTY && kind != RecordKind.LICENSE) {
                c.error(Field.RECORD_ID, kind.label() + "记录须填写记录编号");
            } else {
                if (documentNumber == null) {
                    c.error(Field.DOC_NUMBER, "未填写记录编号时，决定书文号必填");
                }
                if (authority == null) {
                    c.error(Field.AUTHORITY, "未填写记录编号时，决定机关必填");
                }
            }
        }
        String statusLabel = c.term(Field.NEW_STATUS, Vocabularies.STATUS, true);
        LocalDate date = c.date(Field.STATUS_DATE, true);
        if (date != null && date.isAfter(ctx.today())) {
            c.error(Field.STATUS_DATE, "日期" + date + "晚于今天（" + ctx.today() + "），请核对");
        }
        if (!c.ok()) {
            return c.rejected();
        }
        RecordStatus status = Vocabularies.status(statusLabel);
        String id = recordId != null ? recordId : NaturalKeys.id(NaturalKeys.documentKey(kind, documentNumber, authority));
        return new ParsedRow.StatusChange(c.line(), row.toCsv(), id, kind, documentNumber, authority, status, date);
    }
}
