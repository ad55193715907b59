package org.xinyong.indexer.validate;

import java.time.LocalDate;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.map.BoundHeader;
import org.xinyong.indexer.map.Field;
import org.xinyong.indexer.read.RawRow;

/** What the per-kind validators share: reading a row through its header, and finishing a record. */
abstract class TabularValidator implements RowValidator {
    protected final BoundHeader header;
    protected final FeedContext ctx;
    private final boolean excelDates;

    TabularValidator(BoundHeader header, FeedContext ctx, boolean excelDates) {
        this.header = header;
        this.ctx = ctx;
        this.excelDates = excelDates;
    }

    @Override
    public final ParsedRow validate(RawRow row) {
        return parse(new Cells(row, header, excelDates, ctx.today()));
    }

    protected abstract ParsedRow parse(Cells c);

    /** The record when the row had no problems, else the row rejected with all of them. */
    protected ParsedRow finish(Cells c, SubjectResolver.Identity subject, CreditRecord.Builder b,
                               LocalDate authorityEnd, boolean published) {
        if (!c.ok() || subject == null) {
            return c.rejected();
        }
        subject.applyTo(b);
        CreditRecord record = RecordCompleter.complete(b, ctx.source(), authorityEnd, published);
        return new ParsedRow.Accepted(c.line(), record, RecordCompleter.subjectOf(record));
    }

    /** An end date (公示截止期, 移出日期, 有效期至) may not come before the start it ends. */
    protected static void notBefore(Cells c, Field field, LocalDate end, LocalDate start, String startName) {
        if (end != null && start != null && end.isBefore(start)) {
            c.error(field, end + "早于" + startName + start + "，请核对");
        }
    }
}
