package org.xinyong.indexer.validate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.InvalidCodeException;
import org.xinyong.core.code.ResidentId;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.SubjectType;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.core.privacy.Masking;
import org.xinyong.core.region.Regions;
import org.xinyong.indexer.map.Field;

/**
 * Who a row is about: its type, key and codes, from the 行政相对人 block. Legal persons need a valid
 * 统一社会信用代码; natural persons a valid ID, which is hashed and masked here and goes no further;
 * individual businesses either. When the type column is blank it is inferred from what is given.
 */
public final class SubjectResolver {
    private static final Pattern OTHER_ID = Pattern.compile("[A-Z0-9()]{5,30}");

    /** The subject's identity as it goes onto the record; no raw ID in here. */
    public record Identity(String key, SubjectType type, String name, String creditCode, String personIdHash,
                           String personIdMasked, String legalRepresentative, String region) {
        public void applyTo(CreditRecord.Builder b) {
            b.subjectKey(key).subjectType(type).subjectName(name).creditCode(creditCode).personIdHash(personIdHash)
                    .personIdMasked(personIdMasked).legalRepresentative(legalRepresentative).region(region);
        }
    }

    private record PersonId(String hash, String masked, String key) {
    }

    private SubjectResolver() {
    }

    /** The identity, or null with the problems noted on {@code c}. */
    public static Identity resolve(Cells c, IdHasher hasher) {
        String name = c.required(Field.NAME);
        if (name != null && !Masking.looksMasked(name)) {
            c.error(Field.NAME, "名称中含有一长串数字，疑似误填了证件号码或列错位，请核对");
            name = null;
        }
        SubjectType type = subjectType(c);
        String codeText = c.text(Field.CREDIT_CODE);
        String idText = c.text(Field.ID_NUMBER);
        String combined = c.text(Field.SUBJECT_CODE);
        if (!combined.isEmpty()) {
            // 承诺人代码 holds either a code or an ID: the type says which, else its shape
            boolean person = type == SubjectType.NATURAL_PERSON
                    || (type == null && !CreditCode.tryParse(combined).isPresent() && ResidentId.tryParse(combined).isPresent());
            if (person) {
                idText = combined;
            } else {
                codeText = combined;
            }
        }
        if (type == SubjectType.NATURAL_PERSON && idText.isEmpty() && !codeText.isEmpty()) {
            // a person's ID in the code column is a common template slip; read it as the ID
            idText = codeText;
            codeText = "";
        }
        if (type == null) {
            if (codeText.isEmpty() && idText.isEmpty()) {
                c.error(c.label(Field.CREDIT_CODE), "统一社会信用代码和证件号码不能都为空");
                return null;
            }
            type = codeText.isEmpty() ? SubjectType.NATURAL_PERSON
                    : CreditCode.tryParse(codeText).map(CreditCode::isIndividualBusiness).orElse(false)
                    ? SubjectType.INDIVIDUAL_BUSINESS : SubjectType.LEGAL_PERSON;
        }
        String code = null;
        if (type != SubjectType.NATURAL_PERSON) {
            if (codeText.isEmpty() && type == SubjectType.LEGAL_PERSON) {
                c.error(codeField(c), "法人及非法人组织必须填写统一社会信用代码");
            } else if (!codeText.isEmpty()) {
                code = parseCode(c, codeText);
            }
        }
        PersonId person = null;
        boolean needsId = type == SubjectType.NATURAL_PERSON || (type == SubjectType.INDIVIDUAL_BUSINESS && codeText.isEmpty());
        if (!idText.isEmpty() && (needsId || type == SubjectType.INDIVIDUAL_BUSINESS)) {
            person = personId(c, idText, hasher);
        } else if (needsId) {
            c.error(Field.ID_NUMBER, type == SubjectType.NATURAL_PERSON ? "自然人必须填写证件号码"
                    : "个体工商户须填写统一社会信用代码或经营者证件号码");
        }
        if (!c.ok() || name == null) {
            return null;
        }
        String key = code != null ? code : person.key();
        return new Identity(key, type, name, code, person == null ? null : person.hash(),
                person == null ? null : person.masked(), c.optional(Field.LEGAL_REP), region(c, code));
    }

    private static SubjectType subjectType(Cells c) {
        String t = c.optional(Field.SUBJECT_TYPE);
        if (t == null) {
            return null;
        }
        SubjectType type = SubjectType.fromLabel(t);
        if (type == null) {
            type = switch (t.replaceAll("\\s", "")) {
                case "法人及其他组织", "法人和其他组织", "其他组织", "单位", "企业法人", "机关", "事业单位", "社会组织" -> SubjectType.LEGAL_PERSON;
                case "个体经营户", "个体工商户户" -> SubjectType.INDIVIDUAL_BUSINESS;
                case "公民", "个人（自然人）" -> SubjectType.NATURAL_PERSON;
                default -> null;
            };
        }
        if (type == null) {
            c.error(Field.SUBJECT_TYPE, "“" + t + "”不是规定的取值，应为：法人及非法人组织、自然人、个体工商户");
        }
        return type;
    }

    private static Field codeField(Cells c) {
        return c.has(Field.CREDIT_CODE) || !c.has(Field.SUBJECT_CODE) ? Field.CREDIT_CODE : Field.SUBJECT_CODE;
    }

    private static String parseCode(Cells c, String text) {
        try {
            return CreditCode.parse(text).value();
        } catch (InvalidCodeException e) {
            // core's message repeats the code; when the code is a person's ID it must not travel on
            c.error(codeField(c), ResidentId.tryParse(text).isPresent()
                    ? "该值是身份证号码而不是统一社会信用代码：请填在“证件号码”列，或将类别填为“自然人”"
                    : e.getMessage());
            return null;
        }
    }

    private static PersonId personId(Cells c, String idText, IdHasher hasher) {
        Field field = c.has(Field.ID_NUMBER) || !c.has(Field.SUBJECT_CODE) ? Field.ID_NUMBER : Field.SUBJECT_CODE;
        String idType = c.optional(Field.ID_TYPE);
        Optional<String> other = idType == null || Vocabularies.RESIDENT_ID_TYPE.canonical(idType).isPresent()
                ? Optional.empty() : Vocabularies.OTHER_ID_TYPE.canonical(idType);
        if (idType != null && other.isEmpty() && Vocabularies.RESIDENT_ID_TYPE.canonical(idType).isEmpty()) {
            c.error(Field.ID_TYPE, "“" + idType + "”不是规定的取值，应为：身份证、" + Vocabularies.OTHER_ID_TYPE.allowed());
            return null;
        }
        String normalized;
        if (other.isPresent()) {
            // no checksum we know for passports and permits: check the shape, and key by type + number
            normalized = Normalizer.normalize(idText, Normalizer.Form.NFKC).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            if (!OTHER_ID.matcher(normalized).matches()) {
                c.error(field, other.get() + "号码格式不对（应为5至30位字母或数字）");
                return null;
            }
            normalized = other.get() + ":" + normalized;
        } else {
            try {
                normalized = ResidentId.parse(idText).value();
            } catch (InvalidCodeException e) {
                c.error(field, e.getMessage());
                return null;
            }
        }
        String masked = Masking.maskId(normalized.substring(normalized.indexOf(':') + 1));
        return new PersonId(hasher.hash(normalized), masked, hasher.subjectKey(normalized));
    }

    /** The registration region from the code (positions 3–8) when it is in Nantong, else the region column. */
    private static String region(Cells c, String code) {
        if (code != null) {
            String fromCode = code.substring(2, 8);
            if (fromCode.startsWith("3206") && Regions.isKnown(fromCode)) {
                return fromCode;
            }
        }
        String column = c.optional(Field.REGION);
        if (column == null) {
            return null;
        }
        return Regions.codeOf(column).orElse(column.matches("\\d{6}") ? column : null);
    }
}
