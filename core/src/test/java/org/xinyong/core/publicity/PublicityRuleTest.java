package org.xinyong.core.publicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.core.model.Tier;

class PublicityRuleTest {
    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 10);

    @Test
    void window_byTier() {
        assertTrue(PublicityRule.window(RecordKind.PENALTY, Tier.MINOR, DECIDED, null, null).isEmpty());
        assertEquals(new PublicityWindow(DECIDED, LocalDate.of(2026, 3, 10)),
                PublicityRule.window(RecordKind.PENALTY, Tier.GENERAL, DECIDED, null, null));
        assertEquals(new PublicityWindow(DECIDED, LocalDate.of(2028, 3, 10)),
                PublicityRule.window(RecordKind.PENALTY, Tier.SERIOUS, DECIDED, null, null));
    }

    @Test
    void window_authorityEndShortensNeverLengthens() {
        LocalDate shorter = LocalDate.of(2025, 9, 30);
        assertEquals(new PublicityWindow(DECIDED, shorter.plusDays(1)),
                PublicityRule.window(RecordKind.PENALTY, Tier.GENERAL, DECIDED, shorter, null));
        assertEquals(LocalDate.of(2026, 3, 10),
                PublicityRule.window(RecordKind.PENALTY, Tier.GENERAL, DECIDED, LocalDate.of(2027, 1, 1), null).end());
    }

    @Test
    void window_neutralByValidityElseThreeYears() {
        LocalDate validTo = LocalDate.of(2030, 12, 31);
        assertEquals(LocalDate.of(2031, 1, 1),
                PublicityRule.window(RecordKind.LICENSE, null, DECIDED, null, validTo).end());
        assertEquals(LocalDate.of(2028, 3, 10),
                PublicityRule.window(RecordKind.LICENSE, null, DECIDED, null, null).end());
    }

    @Test
    void defaultTier_blackListsOnly() {
        assertEquals(Tier.SERIOUS, PublicityRule.defaultTier(RecordKind.BLACK_LIST, ListType.COURT_DEFAULTER));
        assertEquals(Tier.GENERAL, PublicityRule.defaultTier(RecordKind.BLACK_LIST, ListType.ABNORMAL_OPERATION));
        assertEquals(null, PublicityRule.defaultTier(RecordKind.RED_LIST, ListType.TAX_A));
    }

    @Test
    void isPublic_activeInsideWindowOnly() {
        CreditRecord record = CreditRecord.builder(RecordKind.PENALTY).subjectKey("k")
                .publicityStart(DECIDED).publicityEnd(DECIDED.plusYears(1)).build();
        assertTrue(PublicityRule.isPublic(record, DECIDED));
        assertFalse(PublicityRule.isPublic(record, DECIDED.plusYears(1)));
        assertFalse(PublicityRule.isPublic(record.toBuilder().status(RecordStatus.REPAIRED).build(), DECIDED));
    }

    @Test
    void repairEligibleFrom_minimumPeriods() {
        assertEquals(DECIDED.plusMonths(3), PublicityRule.repairEligibleFrom(Tier.GENERAL, DECIDED));
        assertEquals(DECIDED.plusYears(1), PublicityRule.repairEligibleFrom(Tier.SERIOUS, DECIDED));
    }
}
