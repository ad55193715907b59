package org.xinyong.indexer.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Tier;
import org.xinyong.core.publicity.PenaltyTiers;
import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.map.BoundHeader;
import org.xinyong.indexer.map.Field;

/**
 * 行政处罚 rows, in the national CF_ layout or the 2016 one. 处罚类别 may list several categories
 * (警告；罚款 or two 处罚类别 columns); each must be a known one. A fine needs its amount, so the
 * tier can be derived; the 2016 layout has no amount column, so the amount is read from 处罚结果
 * (罚款人民币5000元) where it can be, and otherwise the fine counts as 一般 rather than 轻微, since
 * hiding a possibly large fine is the worse mistake.
 */
final class PenaltyValidator extends TabularValidator {
    private static final Pattern SPLIT = Pattern.compile("[;；,，、/\\s]+");
    private static final Pattern FINE_IN_TEXT = Pattern.compile("罚款(?:人民币)?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(万)?元");

    PenaltyValidator(BoundHeader header, FeedContext ctx, boolean excelDates) {
        super(header, ctx, excelDates);
    }

    @Override
    protected ParsedRow parse(Cells c) {
        SubjectResolver.Identity subject = SubjectResolver.resolve(c, ctx.idHasher());
        String documentNumber = c.required(Field.DOC_NUMBER);
        String categories = categories(c);
        Double fine = c.amount(Field.FINE, Field.FINE_YUAN);
        Double confiscated = c.amount(Field.CONFISCATED, Field.CONFISCATED_YUAN);
        boolean hasFineColumn = c.has(Field.FINE) || c.has(Field.FINE_YUAN);
        Tier tier = c.tier(Field.TIER);
        boolean fineBlank = c.text(Field.FINE).isEmpty() && c.text(Field.FINE_YUAN).isEmpty();
        if (categories != null && categories.contains("罚款") && fineBlank) {
            if (hasFineColumn) {
                c.error(c.has(Field.FINE) ? Field.FINE : Field.FINE_YUAN, "处罚类别含“罚款”时，罚款金额必填");
            } else {
                fine = fineFromText(c.text(Field.CONTENT));
                if (fine == null && tier == null) {
                    tier = tierWithoutAmounts(categories);
                }
            }
        }
        LocalDate decided = c.decisionDate(Field.DECISION_DATE);
        LocalDate validTo = c.validityEnd(Field.VALID_TO);
        LocalDate publicityEnd = c.date(Field.PUBLICITY_END, false);
        notBefore(c, Field.PUBLICITY_END, publicityEnd, decided, "处罚决定日期");
        String authority = c.required(Field.AUTHORITY);
        String authorityCode = c.creditCode(Field.AUTHORITY_CODE, false);
        String violation = c.optional(Field.VIOLATION_TYPE);
        String facts = c.optional(Field.FACTS);
        String content = c.optional(Field.CONTENT);
        String title = c.optional(Field.TITLE);
        Map<String, String> extra = new LinkedHashMap<>(c.extras(Field.FACTS, Field.SUSPENDED_LICENCE,
                Field.SOURCE_DEPT_CODE, Field.REMARK));
        CreditRecord.Builder b = CreditRecord.builder(RecordKind.PENALTY)
                .documentNumber(documentNumber)
                .category(categories)
                .fineAmount(fine)
                .confiscatedAmount(confiscated)
                .decisionDate(decided)
                .validTo(validTo)
                .authority(authority)
                .authorityCode(authorityCode)
                .sourceDepartment(c.optional(Field.SOURCE_DEPT))
                .violationType(violation)
                .legalBasis(c.optional(Field.LEGAL_BASIS))
                .title(title != null ? title : violation != null ? violation : categories)
                .content(content != null ? content : facts)
                .tier(tier)
                .status(c.status(Field.CURRENT_STATUS))
                .extra(extra);
        return finish(c, subject, b, publicityEnd, true);
    }

    /** The categories as canonical labels joined by ；, or null with a problem noted. */
    private static String categories(Cells c) {
        String text = c.joined(Field.CATEGORY, "；");
        if (text.isEmpty()) {
            c.error(Field.CATEGORY, "必填项为空");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(text)) {
            if (part.isBlank()) {
                continue;
            }
            String canonical = Vocabularies.PENALTY_CATEGORY.canonical(part).orElse(null);
            if (canonical == null) {
                c.error(Field.CATEGORY, "“" + part + "”不在国家标准处罚类别中，应为："
                        + Vocabularies.PENALTY_CATEGORY.allowed());
                return null;
            }
            if (!out.contains(canonical)) {
                out.add(canonical);
            }
        }
        return String.join("；", out);
    }

    static Double fineFromText(String text) {
        Matcher m = FINE_IN_TEXT.matcher(text);
        if (!m.find()) {
            return null;
        }
        double amount = Double.parseDouble(m.group(1).replace(",", ""));
        return m.group(2) != null ? amount : amount / 10000;
    }

    /** The tier with the fine's unknown amount counted as 一般 (see the class comment). */
    private static Tier tierWithoutAmounts(String categories) {
        String others = categories.replace("罚款", "其他");
        Tier tier = PenaltyTiers.derive(others, null, null);
        return tier == Tier.MINOR ? Tier.GENERAL : tier;
    }
}
