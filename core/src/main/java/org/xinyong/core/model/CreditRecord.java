package org.xinyong.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One public credit record about one subject, as the indexer produces it and the index stores it.
 *
 * <p>Kind-specific fields (fine amount, list type, fulfilment …) are null where they do not apply.
 * A natural person's ID is never stored: only its keyed hash ({@code personIdHash}, for lookups)
 * and its mask ({@code personIdMasked}, for display).
 *
 * @param id stable document id: a hash of the kind and the record's natural key (document number and
 *     authority, list entry, 承诺编码 …), never of the file it came from, so the same record from a
 *     renamed file or another format is the same document
 * @param sourceKey the natural key within the source (document number + authority, list entry …)
 * @param subjectKey the subject's 统一社会信用代码, or {@code P…} (ID hash) for a natural person
 * @param region 6-digit administrative division code
 * @param category 处罚类别 / 许可类别 / 承诺类型 / inspection result …, as the source states it
 * @param publicityEnd the first day the record is no longer public (exclusive)
 * @param fineAmount 罚款金额 in 万元
 * @param contentHash a hash of the business fields, so a re-load can tell unchanged from updated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreditRecord(
        String id,
        RecordKind kind,
        String source,
        String sourceKey,
        String subjectKey,
        String subjectName,
        SubjectType subjectType,
        String creditCode,
        String personIdHash,
        String personIdMasked,
        String legalRepresentative,
        String region,
        String title,
        String content,
        String documentNumber,
        String category,
        ListType listType,
        LocalDate decisionDate,
        String authority,
        String authorityCode,
        String sourceDepartment,
        Tier tier,
        LocalDate publicityStart,
        LocalDate publicityEnd,
        RecordStatus status,
        LocalDate statusDate,
        Double fineAmount,
        Double confiscatedAmount,
        String violationType,
        String legalBasis,
        LocalDate validFrom,
        LocalDate validTo,
        String fulfilment,
        String grade,
        Map<String, String> extra,
        String contentHash,
        Instant updatedAt) {

    public CreditRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(status, "status");
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /**
     * The decision's year, stored beside the date (never read back: derived on every write). The
     * search's year facet counts this keyword instead of rounding every matching date in Beijing
     * time: on a broad search (家纺, 35,000 records) that rounding was a fifth of Elasticsearch's time.
     */
    @JsonProperty(value = "decisionYear", access = JsonProperty.Access.READ_ONLY)
    public String decisionYear() {
        return decisionDate == null ? null : Integer.toString(decisionDate.getYear());
    }

    public static Builder builder(RecordKind kind) {
        return new Builder().kind(kind);
    }

    public Builder toBuilder() {
        return new Builder()
                .id(id).kind(kind).source(source).sourceKey(sourceKey).subjectKey(subjectKey)
                .subjectName(subjectName).subjectType(subjectType).creditCode(creditCode)
                .personIdHash(personIdHash).personIdMasked(personIdMasked)
                .legalRepresentative(legalRepresentative).region(region).title(title).content(content)
                .documentNumber(documentNumber).category(category).listType(listType)
                .decisionDate(decisionDate).authority(authority).authorityCode(authorityCode)
                .sourceDepartment(sourceDepartment).tier(tier).publicityStart(publicityStart)
                .publicityEnd(publicityEnd).status(status).statusDate(statusDate).fineAmount(fineAmount)
                .confiscatedAmount(confiscatedAmount).violationType(violationType).legalBasis(legalBasis)
                .validFrom(validFrom).validTo(validTo).fulfilment(fulfilment).grade(grade).extra(extra)
                .contentHash(contentHash).updatedAt(updatedAt);
    }

    /** Mutable only while a reader assembles a row; {@link #build()} checks the invariants. */
    public static final class Builder {
        private String id;
        private RecordKind kind;
        private String source;
        private String sourceKey;
        private String subjectKey;
        private String subjectName;
        private SubjectType subjectType;
        private String creditCode;
        private String personIdHash;
        private String personIdMasked;
        private String legalRepresentative;
        private String region;
        private String title;
        private String content;
        private String documentNumber;
        private String category;
        private ListType listType;
        private LocalDate decisionDate;
        private String authority;
        private String authorityCode;
        private String sourceDepartment;
        private Tier tier;
        private LocalDate publicityStart;
        private LocalDate publicityEnd;
        private RecordStatus status = RecordStatus.ACTIVE;
        private LocalDate statusDate;
        private Double fineAmount;
        private Double confiscatedAmount;
        private String violationType;
        private String legalBasis;
        private LocalDate validFrom;
        private LocalDate validTo;
        private String fulfilment;
        private String grade;
        private Map<String, String> extra;
        private String contentHash;
        private Instant updatedAt;

        public Builder id(String v) { id = v; return this; }
        public Builder kind(RecordKind v) { kind = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder sourceKey(String v) { sourceKey = v; return this; }
        public Builder subjectKey(String v) { subjectKey = v; return this; }
        public Builder subjectName(String v) { subjectName = v; return this; }
        public Builder subjectType(SubjectType v) { subjectType = v; return this; }
        public Builder creditCode(String v) { creditCode = v; return this; }
        public Builder personIdHash(String v) { personIdHash = v; return this; }
        public Builder personIdMasked(String v) { personIdMasked = v; return this; }
        public Builder legalRepresentative(String v) { legalRepresentative = v; return this; }
        public Builder region(String v) { region = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder content(String v) { content = v; return this; }
        public Builder documentNumber(String v) { documentNumber = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder listType(ListType v) { listType = v; return this; }
        public Builder decisionDate(LocalDate v) { decisionDate = v; return this; }
        public Builder authority(String v) { authority = v; return this; }
        public Builder authorityCode(String v) { authorityCode = v; return this; }
        public Builder sourceDepartment(String v) { sourceDepartment = v; return this; }
        public Builder tier(Tier v) { tier = v; return this; }
        public Builder publicityStart(LocalDate v) { publicityStart = v; return this; }
        public Builder publicityEnd(LocalDate v) { publicityEnd = v; return this; }
        public Builder status(RecordStatus v) { status = v; return this; }
        public Builder statusDate(LocalDate v) { statusDate = v; return this; }
        public Builder fineAmount(Double v) { fineAmount = v; return this; }
        public Builder confiscatedAmount(Double v) { confiscatedAmount = v; return this; }
        public Builder violationType(String v) { violationType = v; return this; }
        public Builder legalBasis(String v) { legalBasis = v; return this; }
        public Builder validFrom(LocalDate v) { validFrom = v; return this; }
        public Builder validTo(LocalDate v) { validTo = v; return this; }
        public Builder fulfilment(String v) { fulfilment = v; return this; }
        public Builder grade(String v) { grade = v; return this; }
        public Builder extra(Map<String, String> v) { extra = v; return this; }
        public Builder contentHash(String v) { contentHash = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }

        public RecordKind kind() { return kind; }
        public Tier tier() { return tier; }
        public LocalDate decisionDate() { return decisionDate; }

        public CreditRecord build() {
            return new CreditRecord(id, kind, source, sourceKey, subjectKey, subjectName, subjectType,
                    creditCode, personIdHash, personIdMasked, legalRepresentative, region, title, content,
                    documentNumber, category, listType, decisionDate, authority, authorityCode,
                    sourceDepartment, tier, publicityStart, publicityEnd, status, statusDate, fineAmount,
                    confiscatedAmount, violationType, legalBasis, validFrom, validTo, fulfilment, grade,
                    extra, contentHash, updatedAt);
        }
    }
}
