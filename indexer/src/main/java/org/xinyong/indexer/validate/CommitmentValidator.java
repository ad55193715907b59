package org.xinyong.indexer.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.region.Regions;
import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.map.BoundHeader;
import org.xinyong.indexer.map.Field;

/**
 * 信用承诺 rows (national template). The 承诺编码 is 6-digit region + 8-digit date + 6-digit serial;
 * codes in another format are accepted (older systems numbered freely), but a conforming code
 * supplies the date and region when those columns are blank. Only commitments whose 公开类型 is
 * 可向社会公开 (or blank) get a publicity window; the others are kept unpublished.
 */
final class CommitmentValidator extends TabularValidator {
    private static final Pattern NATIONAL_NUMBER = Pattern.compile("\\d{20}");

    CommitmentValidator(BoundHeader header, FeedContext ctx, boolean excelDates) {
        super(header, ctx, excelDates);
    }

    @Override
    protected ParsedRow parse(Cells c) {
        String number = c.required(Field.COMMITMENT_NO);
        SubjectResolver.Identity subject = SubjectResolver.resolve(c, ctx.idHasher());
        String type = c.term(Field.CATEGORY, Vocabularies.COMMITMENT_TYPE, true);
        LocalDate made = c.text(Field.DECISION_DATE).isEmpty() && number != null && NATIONAL_NUMBER.matcher(number).matches()
                ? c.checkDecisionDate(Field.COMMITMENT_NO, dateInNumber(c, number))
                : c.decisionDate(Field.DECISION_DATE);
        LocalDate validTo = c.validityEnd(Field.VALID_TO);
        notBefore(c, Field.VALID_TO, validTo, made, "承诺作出日期");
        String fulfilment = c.term(Field.FULFILMENT, Vocabularies.FULFILMENT, false);
        if (fulfilment != null && !fulfilment.equals("全部履行")) {
            requireWhenNotFulfilled(c, Field.UNFULFILLED, fulfilment);
            requireWhenNotFulfilled(c, Field.PURSUIT, fulfilment);
        }
        String publication = c.term(Field.PUBLICATION, Vocabularies.PUBLICATION, false);
        CreditRecord.Builder b = CreditRecord.builder(RecordKind.COMMITMENT)
                .documentNumber(number)
                .category(type)
                .title(c.optional(Field.TITLE))
                .content(c.optional(Field.CONTENT))
                .decisionDate(made)
                .validTo(validTo)
                .fulfilment(fulfilment)
                .authority(c.required(Field.AUTHORITY))
                .authorityCode(c.creditCode(Field.AUTHORITY_CODE, c.has(Field.AUTHORITY_CODE)))
                .extra(c.extras(Field.LIABILITY, Field.UNFULFILLED, Field.PURSUIT, Field.FULFILMENT_DATE,
                        Field.CONFIRMER, Field.CONFIRMER_CODE, Field.PUBLICATION, Field.REMARK));
        if (subject != null && subject.region() == null && number != null && NATIONAL_NUMBER.matcher(number).matches()
                && Regions.isKnown(number.substring(0, 6))) {
            subject = new SubjectResolver.Identity(subject.key(), subject.type(), subject.name(), subject.creditCode(),
                    subject.personIdHash(), subject.personIdMasked(), subject.legalRepresentative(), number.substring(0, 6));
        }
        return finish(c, subject, b, null, publication == null || publication.equals("可向社会公开"));
    }

    private static LocalDate dateInNumber(Cells c, String number) {
        try {
            return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            c.error(Field.DECISION_DATE, "承诺作出日期为空，且承诺编码第7至14位不是有效日期");
            return null;
        }
    }

    private static void requireWhenNotFulfilled(Cells c, Field field, String fulfilment) {
        if (c.has(field) && c.text(field).isEmpty()) {
            c.error(field, "承诺履行状态为“" + fulfilment + "”时必填");
        }
    }
}
