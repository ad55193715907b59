package org.xinyong.indexer.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void synonyms_mapToNationalValues() {
        assertEquals(Optional.of("吊销许可证件"), Vocabularies.PENALTY_CATEGORY.canonical("吊销营业执照"));
        assertEquals(Optional.of("普通"), Vocabularies.LICENCE_CATEGORY.canonical("普通许可"));
        assertEquals(Optional.of("证明事项型"), Vocabularies.COMMITMENT_TYPE.canonical("证明事项告知承诺"));
        assertEquals(Optional.of("全部未履行"), Vocabularies.FULFILMENT.canonical("未履行"));
        assertEquals(Optional.of("通过登记的住所（经营场所）无法联系"),
                Vocabularies.INSPECTION_RESULT.canonical("通过登记的住所(经营场所)无法联系"));
        assertEquals(Optional.of("A"), Vocabularies.GRADE.canonical("a级"));
        assertEquals(Optional.of("已信用修复"), Vocabularies.STATUS.canonical("信用修复"));
    }

    @Test
    void parse_unknownValue_listsAllowed() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Vocabularies.LICENCE_CATEGORY.parse("备案"));
        assertTrue(e.getMessage().contains("普通、特许、认可、核准、登记、其他"), e.getMessage());
    }

    @Test
    void of_synonymToUnknownValue_refusedAtStartup() {
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.of(java.util.List.of("甲"), "乙", "丙"));
    }
}
