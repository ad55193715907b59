package org.xinyong.indexer.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.InvalidCodeException;
import org.xinyong.core.json.Json;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.SubjectType;
import org.xinyong.core.privacy.Masking;
import org.xinyong.core.region.Regions;
import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.read.RawRow;

/**
 * JSON Lines of our own {@link CreditRecord} schema (as {@link Json#newMapper()} writes it). The
 * mapper refuses unknown properties, so a misspelt field rejects its line. Records are trusted for
 * what they state (id, tier, window are kept when present) but checked where a mistake would leak
 * or mislead: the code's checksum, a subject key that matches it, masked person IDs, dates.
 */
public final class JsonRecordValidator implements RowValidator {
    private static final ObjectReader READER = Json.newMapper().readerFor(CreditRecord.class);
    private final FeedContext ctx;

    public JsonRecordValidator(FeedContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ParsedRow validate(RawRow row) {
        String text = row.cell(0);
        CreditRecord r;
        try {
            r = READER.readValue(text);
        } catch (UnrecognizedPropertyException e) {
            return reject(row, e.getPropertyName(), "未知字段“" + e.getPropertyName() + "”：记录格式中没有该字段，请核对拼写");
        } catch (ValueInstantiationException e) {
            String field = e.getCause() instanceof NullPointerException npe && npe.getMessage() != null ? npe.getMessage() : "（整行）";
            return reject(row, field, "缺少必填字段“" + field + "”");
        } catch (InvalidFormatException e) {
            String field = path(e);
            return reject(row, field, "字段“" + field + "”的值“" + e.getValue() + "”格式不对");
        } catch (JsonMappingException e) {
            String field = path(e);
            return reject(row, field.isEmpty() ? "（整行）" : field, "字段“" + field + "”的值不符合记录格式：" + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            return reject(row, "（整行）", "不是有效的 JSON：" + e.getOriginalMessage());
        }
        List<String> fields = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        CreditRecord.Builder b = r.toBuilder();
        check(r, b, fields, reasons);
        if (!reasons.isEmpty()) {
            return new ParsedRow.Rejected(row.line(), text, String.join("；", fields), String.join("；", reasons));
        }
        CreditRecord done = RecordCompleter.complete(b, r.source() != null ? r.source() : ctx.source(), null, true);
        return new ParsedRow.Accepted(row.line(), done, RecordCompleter.subjectOf(done));
    }

    private void check(CreditRecord r, CreditRecord.Builder b, List<String> fields, List<String> reasons) {
        if (r.subjectName() == null || r.subjectName().isBlank()) {
            add(fields, reasons, "subjectName", "缺少主体名称");
        }
        if (r.decisionDate() == null) {
            add(fields, reasons, "decisionDate", "缺少决定日期");
        } else if (r.decisionDate().isAfter(ctx.today())) {
            add(fields, reasons, "decisionDate", "决定日期" + r.decisionDate() + "晚于今天（" + ctx.today() + "）");
        }
        if (r.creditCode() != null) {
            try {
                String code = CreditCode.parse(r.creditCode()).value();
                b.creditCode(code);
                if (r.subjectType() != SubjectType.NATURAL_PERSON && !code.equals(r.subjectKey())) {
                    add(fields, reasons, "subjectKey", "subjectKey 应与统一社会信用代码 " + code + " 相同");
                }
                if (r.region() == null && Regions.isKnown(code.substring(2, 8)) && code.startsWith("3206", 2)) {
                    b.region(code.substring(2, 8));
                }
                if (r.subjectType() == null) {
                    b.subjectType(CreditCode.parse(code).isIndividualBusiness() ? SubjectType.INDIVIDUAL_BUSINESS
                            : SubjectType.LEGAL_PERSON);
                }
            } catch (InvalidCodeException e) {
                add(fields, reasons, "creditCode", e.getMessage());
            }
        } else if (!r.subjectKey().startsWith("P") || r.personIdHash() == null) {
            add(fields, reasons, "creditCode", "没有统一社会信用代码的主体须是自然人：subjectKey 以 P 开头并带 personIdHash");
        } else if (r.subjectType() == null) {
            b.subjectType(SubjectType.NATURAL_PERSON);
        }
        if (r.personIdMasked() != null && !Masking.looksMasked(r.personIdMasked())) {
            add(fields, reasons, "personIdMasked", "personIdMasked 含未脱敏的证件号码，不得报送");
        }
        if ((r.kind() == RecordKind.RED_LIST || r.kind() == RecordKind.BLACK_LIST)
                && (r.listType() == null || r.listType().kind() != r.kind())) {
            add(fields, reasons, "listType", "名单记录须有与 kind 一致的 listType");
        }
        if ((r.fineAmount() != null && r.fineAmount() < 0) || (r.confiscatedAmount() != null && r.confiscatedAmount() < 0)) {
            add(fields, reasons, "fineAmount", "金额不能为负数");
        }
        if ((r.kind() == RecordKind.PENALTY || r.kind() == RecordKind.LICENSE)
                && (r.documentNumber() == null || r.authority() == null)) {
            add(fields, reasons, "documentNumber", r.kind().label() + "记录须有 documentNumber 和 authority");
        }
    }

    private static void add(List<String> fields, List<String> reasons, String field, String reason) {
        fields.add(field);
        reasons.add(field + "：" + reason);
    }

    private static ParsedRow.Rejected reject(RawRow row, String field, String reason) {
        return new ParsedRow.Rejected(row.line(), row.cell(0), field, reason);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
