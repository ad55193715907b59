package org.xinyong.indexer.validate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.ListType;
import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.FeedKind;
import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.map.BoundHeader;
import org.xinyong.indexer.map.Field;

/**
 * Red and black list entries. Each row's 名单类型 decides its list and side; without that column the
 * file's layout decides (执行法院/案号 → 失信被执行人, 纳税人识别号 → 纳税信用A级 …). When the kind
 * was given on the command line, a row of the other side is refused rather than published on the
 * wrong list. Black-list tiers default per list (经营异常 一般, the others 严重).
 */
final class ListEntryValidator extends TabularValidator {
    private final FeedKind fileKind;
    private final boolean strictSide;
    private final ListType defaultType;

    ListEntryValidator(BoundHeader header, FeedContext ctx, boolean excelDates, FeedKind fileKind, boolean overridden) {
        super(header, ctx, excelDates);
        this.fileKind = fileKind;
        this.strictSide = overridden || !header.has(Field.LIST_TYPE);
        this.defaultType = defaultType(header, fileKind);
    }

    private static ListType defaultType(BoundHeader header, FeedKind kind) {
        if (kind == FeedKind.RED_LIST) {
            return header.has(Field.CUSTOMS_NO) ? ListType.CUSTOMS_AEO : header.has(Field.YEAR) ? ListType.TAX_A : ListType.HONOR;
        }
        if (header.has(Field.CASE_NUMBER)) {
            return ListType.COURT_DEFAULTER;
        }
        boolean abnormal = header.header().stream().anyMatch(h -> h.contains("列入原因") || h.contains("经营异常"));
        return abnormal ? ListType.ABNORMAL_OPERATION : ListType.SERIOUS_DISHONESTY;
    }

    @Override
    protected ParsedRow parse(Cells c) {
        ListType type = listType(c);
        SubjectResolver.Identity subject = SubjectResolver.resolve(c, ctx.idHasher());
        LocalDate decided = decisionDate(c);
        String authority = c.text(Field.AUTHORITY).isEmpty() ? c.optional(Field.SOURCE_DEPT) : c.text(Field.AUTHORITY);
        if (authority == null) {
            c.error(Field.AUTHORITY, "必填项为空");
        }
        String caseNumber = c.optional(Field.CASE_NUMBER);
        if (type == ListType.COURT_DEFAULTER && caseNumber == null) {
            c.error(Field.CASE_NUMBER, "失信被执行人须填写案号");
        }
        LocalDate removal = c.date(Field.PUBLICITY_END, false);
        notBefore(c, Field.PUBLICITY_END, removal, decided, "列入日期");
        LocalDate validTo = c.validityEnd(Field.VALID_TO);
        notBefore(c, Field.VALID_TO, validTo, decided, "列入日期");
        Map<String, String> extra = c.extras(Field.BASIS_DOC, Field.BASIS_ISSUER, Field.OBLIGATION, Field.FULFILLED_PART,
                Field.UNFULFILLED_PART, Field.FILING_DATE, Field.PROVINCE, Field.YEAR, Field.CUSTOMS_NO, Field.REMARK);
        CreditRecord.Builder b = CreditRecord.builder(type == null ? fileKind.recordKind() : type.kind())
                .listType(type)
                .title(type == null ? null : type.label())
                .documentNumber(caseNumber != null ? caseNumber : c.optional(Field.DOC_NUMBER))
                .content(c.optional(Field.CONTENT))
                .legalBasis(c.optional(Field.LEGAL_BASIS))
                .decisionDate(decided)
                .validTo(validTo)
                .authority(authority)
                .authorityCode(c.creditCode(Field.AUTHORITY_CODE, false))
                .sourceDepartment(c.optional(Field.SOURCE_DEPT))
                .fulfilment(c.optional(Field.FULFILMENT))
                .grade(c.optional(Field.GRADE))
                .tier(c.tier(Field.TIER))
                .extra(extra);
        return finish(c, subject, b, removal, true);
    }

    private ListType listType(Cells c) {
        String text = c.optional(Field.LIST_TYPE);
        if (text == null) {
            return defaultType;
        }
        ListType type = ListType.fromLabel(text);
        if (type == null) {
            c.error(Field.LIST_TYPE, "“" + text + "”不是本系统支持的名单，应为："
                    + String.join("、", Arrays.stream(ListType.values()).map(ListType::label).toList()));
            return null;
        }
        if (strictSide && type.kind() != fileKind.recordKind()) {
            c.error(Field.LIST_TYPE, "“" + type.label() + "”属于" + type.kind().label() + "名单，与本文件的类型（"
                    + fileKind.label() + "）不符");
            return null;
        }
        return type;
    }

    /** 列入日期, or for yearly lists (纳税信用A级) the last day of the year, not after today. */
    private LocalDate decisionDate(Cells c) {
        if (!c.text(Field.DECISION_DATE).isEmpty() || !c.has(Field.YEAR)) {
            return c.decisionDate(Field.DECISION_DATE);
        }
        Integer year = Years.parse(c, Field.YEAR, true);
        return year == null ? null : Years.lastDay(year, c.today());
    }
}
