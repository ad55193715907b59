package org.xinyong.core.publicity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.xinyong.core.model.Tier;

class PenaltyTiersTest {

    @Test
    void derive_warningAndCriticism_minor() {
        assertEquals(Tier.MINOR, PenaltyTiers.derive("警告", null, null));
        assertEquals(Tier.MINOR, PenaltyTiers.derive("通报批评", null, null));
    }

    @Test
    void derive_fineByAmount() {
        assertEquals(Tier.MINOR, PenaltyTiers.derive("罚款", 0.3, null));
        assertEquals(Tier.GENERAL, PenaltyTiers.derive("罚款", 0.31, null));
        assertEquals(Tier.GENERAL, PenaltyTiers.derive("罚款；没收违法所得", 50.0, 49.9));
        assertEquals(Tier.SERIOUS, PenaltyTiers.derive("罚款；没收违法所得", 50.0, 50.0));
    }

    @Test
    void derive_worstOfSeveralCategories() {
        assertEquals(Tier.SERIOUS, PenaltyTiers.derive("警告、吊销许可证件", null, null));
        assertEquals(Tier.SERIOUS, PenaltyTiers.derive("罚款,责令停产停业", 1.0, null));
        assertEquals(Tier.GENERAL, PenaltyTiers.derive("警告;暂扣许可证件", null, null));
    }

    @Test
    void derive_noCategory_byAmountElseGeneral() {
        assertEquals(Tier.GENERAL, PenaltyTiers.derive(null, null, null));
        assertEquals(Tier.SERIOUS, PenaltyTiers.derive("", 120.0, null));
        assertEquals(Tier.GENERAL, PenaltyTiers.derive("其他", null, null));
    }
}
