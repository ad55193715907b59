package org.xinyong.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xinyong.core.json.Json;

/** The record as the index stores it: the derived year is written, and reading it back ignores it. */
class CreditRecordJsonTest {
    private final ObjectMapper mapper = Json.newMapper();

    private static CreditRecord record(LocalDate decided) {
        return CreditRecord.builder(RecordKind.PENALTY).id("r1").subjectKey("91320602MA1X0000XX")
                .status(RecordStatus.ACTIVE).decisionDate(decided).build();
    }

    @Test
    void decisionYear_isWrittenFromTheDecisionDate() {
        JsonNode json = mapper.valueToTree(record(LocalDate.of(2024, 12, 31)));
        assertEquals("2024", json.path("decisionYear").asText());
        assertEquals("2024-12-31", json.path("decisionDate").asText());
    }

    @Test
    void decisionYear_isAbsentWithoutADate() {
        assertFalse(mapper.valueToTree(record(null)).has("decisionYear"));
    }

    @Test
    void readingBack_ignoresTheStoredYear_evenAWrongOne() throws Exception {
        JsonNode json = mapper.valueToTree(record(LocalDate.of(2023, 1, 1)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("decisionYear", "1999");
        CreditRecord read = mapper.treeToValue(json, CreditRecord.class);
        assertEquals(LocalDate.of(2023, 1, 1), read.decisionDate());
        assertEquals("2023", read.decisionYear());
    }
}
