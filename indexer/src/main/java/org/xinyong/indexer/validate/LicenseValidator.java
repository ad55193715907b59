package org.xinyong.indexer.validate;

import java.time.LocalDate;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.RecordKind;
import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.map.BoundHeader;
import org.xinyong.indexer.map.Field;

/** 行政许可 rows (national XK_ layout or the 2016 one): public while valid (有效期至), else 3 years. */
final class LicenseValidator extends TabularValidator {

    LicenseValidator(BoundHeader header, FeedContext ctx, boolean excelDates) {
        super(header, ctx, excelDates);
    }

    @Override
    protected ParsedRow parse(Cells c) {
        SubjectResolver.Identity subject = SubjectResolver.resolve(c, ctx.idHasher());
        String documentNumber = c.required(Field.DOC_NUMBER);
        String category = c.term(Field.CATEGORY, Vocabularies.LICENCE_CATEGORY, true);
        LocalDate decided = c.decisionDate(Field.DECISION_DATE);
        LocalDate validFrom = c.date(Field.VALID_FROM, false);
        LocalDate validTo = c.validityEnd(Field.VALID_TO);
        notBefore(c, Field.VALID_TO, validTo, validFrom, "有效期自");
        String title = c.optional(Field.TITLE);
        CreditRecord.Builder b = CreditRecord.builder(RecordKind.LICENSE)
                .documentNumber(documentNumber)
                .category(category)
                .title(title != null ? title : c.text(Field.CERT_NAME).isEmpty() ? "行政许可" : c.text(Field.CERT_NAME))
                .content(c.optional(Field.CONTENT))
                .decisionDate(decided)
                .validFrom(validFrom)
                .validTo(validTo)
                .authority(c.required(Field.AUTHORITY))
                .authorityCode(c.creditCode(Field.AUTHORITY_CODE, false))
                .sourceDepartment(c.optional(Field.SOURCE_DEPT))
                .status(c.status(Field.CURRENT_STATUS))
                .extra(c.extras(Field.CERT_NAME, Field.LICENCE_NO, Field.SOURCE_DEPT_CODE, Field.REMARK));
        return finish(c, subject, b, null, true);
    }
}
