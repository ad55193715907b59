package org.xinyong.indexer.validate;

import org.xinyong.core.model.NaturalKeys;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.RecordKind;
import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.map.BoundHeader;
import org.xinyong.indexer.map.Field;

/**
 * 信用评价 grades. A grade is for a year: 评价年度 when given, else the year of 评价日期; with only
 * a year the grade dates from the end of that year. One subject has one grade per evaluator and
 * year, so a re-graded row replaces the earlier one.
 */
final class EvaluationValidator extends TabularValidator {

    EvaluationValidator(BoundHeader header, FeedContext ctx, boolean excelDates) {
        super(header, ctx, excelDates);
    }

    @Override
    protected ParsedRow parse(Cells c) {
        SubjectResolver.Identity subject = SubjectResolver.resolve(c, ctx.idHasher());
        String grade = c.term(Field.GRADE, Vocabularies.GRADE, true);
        Integer year = Years.parse(c, Field.YEAR, false);
        LocalDate evaluated = null;
        if (!c.text(Field.DECISION_DATE).isEmpty()) {
            evaluated = c.decisionDate(Field.DECISION_DATE);
        } else if (year != null) {
            evaluated = Years.lastDay(year, c.today());
        } else if (c.text(Field.YEAR).isEmpty()) {
            c.error(c.has(Field.YEAR) ? Field.YEAR : Field.DECISION_DATE, "评价年度和评价日期不能都为空");
        }
        if (year == null && evaluated != null) {
            year = evaluated.getYear();
        }
        String title = c.optional(Field.TITLE);
        Map<String, String> extra = new LinkedHashMap<>(c.extras(Field.REMARK));
        if (year != null) {
            extra.put(NaturalKeys.YEAR_KEY, String.valueOf(year));
        }
        CreditRecord.Builder b = CreditRecord.builder(RecordKind.EVALUATION)
                .grade(grade)
                .title(title != null ? title : "信用评价")
                .category(title)
                .legalBasis(c.optional(Field.LEGAL_BASIS))
                .decisionDate(evaluated)
                .validTo(c.validityEnd(Field.VALID_TO))
                .authority(c.required(Field.AUTHORITY))
                .authorityCode(c.creditCode(Field.AUTHORITY_CODE, false))
                .extra(extra);
        return finish(c, subject, b, null, true);
    }
}
