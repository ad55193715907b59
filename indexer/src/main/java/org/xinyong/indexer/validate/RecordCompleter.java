package org.xinyong.indexer.validate;

import org.xinyong.core.model.NaturalKeys;
import java.time.LocalDate;
import java.util.List;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Subject;
import org.xinyong.core.model.Tier;
import org.xinyong.core.publicity.PenaltyTiers;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.core.publicity.PublicityWindow;
import org.xinyong.core.text.Names;

/**
 * The last step for every accepted row: tier (an explicit one wins; penalties derive theirs,
 * black lists take the kind's default), publicity window, stable id and content hash, and the
 * subject document. Records whose window is already over stay ACTIVE: visibility is decided at
 * query time, and the record is still part of the subject's history.
 */
public final class RecordCompleter {
    private RecordCompleter() {
    }

    /**
     * @param authorityEnd the source's own end of publicity (公示截止期, 移出日期), or null
     * @param published false for items the source says must not be public (承诺 公开类型 不可公开):
     *     they are kept with an empty window
     */
    public static CreditRecord complete(CreditRecord.Builder b, String source, LocalDate authorityEnd, boolean published) {
        CreditRecord r = b.source(source).build();
        Tier tier = r.tier() != null ? r.tier() : defaultTier(r);
        if (r.publicityStart() == null || r.publicityEnd() == null) {
            PublicityWindow window = PublicityRule.window(r.kind(), tier, r.decisionDate(), authorityEnd, r.validTo());
            LocalDate end = published ? window.end() : window.start();
            r = r.toBuilder().publicityStart(window.start()).publicityEnd(end).build();
        }
        r = r.toBuilder().tier(tier).build();
        List<String> key = NaturalKeys.of(r);
        CreditRecord.Builder done = r.toBuilder().sourceKey(NaturalKeys.sourceKey(key));
        if (r.id() == null) {
            done.id(NaturalKeys.id(key));
        }
        CreditRecord keyed = done.build();
        return keyed.toBuilder().contentHash(ContentHash.of(keyed)).build();
    }

    private static Tier defaultTier(CreditRecord r) {
        if (r.kind() == RecordKind.PENALTY) {
            return PenaltyTiers.derive(r.category(), r.fineAmount(), r.confiscatedAmount());
        }
        return PublicityRule.defaultTier(r.kind(), r.listType());
    }

    /** The subject a record is about, as far as the record tells. */
    public static Subject subjectOf(CreditRecord r) {
        return new Subject(r.subjectKey(), r.subjectType(), r.subjectName(), List.of(), Names.coreName(r.subjectName()),
                r.creditCode(), r.personIdHash(), r.personIdMasked(), r.legalRepresentative(), r.region(),
                null, null, null, null, null);
    }
}
