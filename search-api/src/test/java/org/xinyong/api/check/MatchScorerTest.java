package org.xinyong.api.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinyong.core.code.CreditCode;

class MatchScorerTest {
    private static final String FIRST17 = "91320602MA1000017";
    private static final String CODE = FIRST17 + CreditCode.checkCharacter(FIRST17);
    private static final Candidate JIAFANG = new Candidate(CODE, "南通国际家纺产业园有限公司", List.of("南通家纺城有限公司"), CODE);
    private final MatchScorer scorer = new MatchScorer();

    @Test
    void score_codeAndNameEqual_isCertain() {
        assertEquals(1.0, scorer.score(new CheckEntry(0, "南通国际家纺产业园有限公司", CODE), JIAFANG).value());
    }

    @Test
    void score_formerName_isConfident() {
        MatchScorer.Score s = scorer.score(new CheckEntry(0, "南通家纺城有限公司", ""), JIAFANG);
        assertTrue(s.value() >= MatchScorer.CONFIDENT);
        assertTrue(s.reasons().get(0).contains("曾用名"));
    }

    @Test
    void score_oneCharacterTypo_isWorthAReview() {
        MatchScorer.Score s = scorer.score(new CheckEntry(0, "南通国际家访产业园有限公司", ""), JIAFANG);
        assertTrue(s.value() >= MatchScorer.REVIEW && s.value() < MatchScorer.CONFIDENT, String.valueOf(s));
    }

    @Test
    void score_rightNameWrongCode_isAConflict() {
        MatchScorer.Score s = scorer.score(new CheckEntry(0, "南通国际家纺产业园有限公司", FIRST17 + (CODE.endsWith("0") ? "1" : "0")), JIAFANG);
        assertTrue(s.conflict());
    }

    @Test
    void score_unrelated_isZero() {
        assertEquals(0, scorer.score(new CheckEntry(0, "上海浦东发展银行股份有限公司", ""), JIAFANG).value());
    }

    @Test
    void editDistance_atMostOne() {
        assertTrue(MatchScorer.editDistanceAtMostOne("国际家纺", "国际家访"));
        assertTrue(MatchScorer.editDistanceAtMostOne("国际家纺", "国际家纺园"));
        assertFalse(MatchScorer.editDistanceAtMostOne("国际家纺", "国贸家访"));
    }
}
