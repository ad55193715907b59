package org.xinyong.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinyong.core.grade.Grade;
import org.xinyong.core.grade.GradeFeatures;
import org.xinyong.core.grade.GradeModel;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.core.model.Tier;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.core.publicity.PublicityWindow;

class GradeModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static CreditRecord record(RecordKind kind, Tier tier, LocalDate date, RecordStatus status) {
        PublicityWindow w = PublicityRule.window(kind, tier, date, null, null);
        return CreditRecord.builder(kind).id(kind + "-" + date).subjectKey("S").tier(tier).decisionDate(date)
                .publicityStart(w.start()).publicityEnd(w.end()).status(status).build();
    }

    @Test
    void grade_cleanRecord_isB() {
        Grade g = GradeModel.grade(GradeFeatures.of(List.of(), TODAY));
        assertEquals("B", g.letter());
        assertEquals(80, g.score());
    }

    @Test
    void grade_workedExampleOfTheDocs() {
        // docs/grade-model.md: one red list, one recent general penalty, two kept commitments,
        // one clean inspection: 80 + 10 - 8 + 6 + 2 = 90 → A
        GradeFeatures f = new GradeFeatures(1, 0, 0, 0, 0, 1, 0, 2, 0, 0, 1, 0);
        Grade g = GradeModel.grade(f);
        assertEquals(90, g.score());
        assertEquals("A", g.letter());
        assertEquals(4, g.factors().size());
    }

    @Test
    void grade_seriousBlackList_isDWhateverTheScore() {
        GradeFeatures f = new GradeFeatures(3, 1, 0, 0, 0, 0, 0, 3, 0, 0, 3, 0);
        Grade g = GradeModel.grade(f);
        assertEquals("D", g.letter());
        assertNotNull(g.override());
    }

    @Test
    void features_onlyPublicRecordsCount() {
        CreditRecord visible = record(RecordKind.PENALTY, Tier.GENERAL, TODAY.minusDays(30), RecordStatus.ACTIVE);
        CreditRecord repaired = record(RecordKind.PENALTY, Tier.SERIOUS, TODAY.minusDays(30), RecordStatus.REPAIRED);
        CreditRecord expired = record(RecordKind.PENALTY, Tier.GENERAL, TODAY.minusYears(2), RecordStatus.ACTIVE);
        CreditRecord black = CreditRecord.builder(RecordKind.BLACK_LIST).id("b").subjectKey("S").listType(ListType.ABNORMAL_OPERATION)
                .tier(Tier.GENERAL).decisionDate(TODAY.minusDays(3)).publicityStart(TODAY.minusDays(3))
                .publicityEnd(TODAY.plusYears(1)).build();
        GradeFeatures f = GradeFeatures.of(List.of(visible, repaired, expired, black), TODAY);
        assertEquals(1, f.generalPenaltiesRecent());
        assertEquals(0, f.seriousPenaltiesRecent());
        assertEquals(1, f.abnormalOperation());
        assertEquals("D", GradeModel.grade(f).letter(), "80 - 8 - 15 = 57 < 60");
    }
}
