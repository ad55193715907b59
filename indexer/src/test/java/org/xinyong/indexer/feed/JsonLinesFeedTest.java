package org.xinyong.indexer.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyong.indexer.Fixtures.CODE_A;
import static org.xinyong.indexer.Fixtures.CODE_B;
import static org.xinyong.indexer.Fixtures.accepted;
import static org.xinyong.indexer.Fixtures.parse;
import static org.xinyong.indexer.Fixtures.rejected;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinyong.core.json.Json;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Tier;
import org.xinyong.indexer.Fixtures;

class JsonLinesFeedTest {

    static String line(CreditRecord r) throws Exception {
        return Json.newMapper().writeValueAsString(r);
    }

    @Test
    void ownSchema_roundTripsAndCompletes(@TempDir Path dir) throws Exception {
        CreditRecord penalty = CreditRecord.builder(RecordKind.PENALTY).subjectKey(CODE_B).creditCode(CODE_B)
                .subjectName("南通金梭家纺有限公司").documentNumber("通市监罚〔2025〕1号").authority("南通市市场监督管理局")
                .category("罚款").fineAmount(200.0).decisionDate(LocalDate.of(2025, 1, 2)).build();
        Path file = Fixtures.utf8(dir, "records.jsonl", line(penalty), "",
                "{\"kind\":\"PENALTY\",\"subjectKey\":\"" + CODE_A + "\",\"subjectNam\":\"x\",\"status\":\"ACTIVE\"}",
                line(penalty.toBuilder().creditCode(Fixtures.badCheck(CODE_B)).subjectKey(Fixtures.badCheck(CODE_B)).build()),
                "{\"kind\":\"PENALTY\",",
                "{\"subjectKey\":\"" + CODE_A + "\",\"status\":\"ACTIVE\"}",
                "{\"kind\":\"PENALTY\",\"subjectKey\":\"" + CODE_A + "\",\"status\":\"ACTIVE\",\"decisionDate\":\"2025-13-01\"}");
        List<ParsedRow> rows = parse(file);
        assertEquals(6, rows.size());
        CreditRecord r = accepted(rows).get(0).record();
        assertEquals(Tier.SERIOUS, r.tier());
        assertEquals(LocalDate.of(2028, 1, 2), r.publicityEnd());
        assertEquals("320612", r.region());
        assertEquals("records", r.source());
        assertTrue(r.id() != null && r.contentHash() != null);
        Map<Long, ParsedRow.Rejected> byLine = rejected(rows).stream().collect(Collectors.toMap(ParsedRow::line, x -> x));
        assertEquals("subjectNam", byLine.get(3L).field());
        assertTrue(byLine.get(3L).reason().contains("未知字段"));
        assertTrue(byLine.get(4L).reason().contains("校验位错误"));
        assertTrue(byLine.get(5L).reason().contains("不是有效的 JSON"));
        assertEquals("kind", byLine.get(6L).field());
        assertEquals("decisionDate", byLine.get(7L).field());
        assertTrue(byLine.get(4L).originalRow().startsWith("{\"kind\":\"PENALTY\""), "JSON lines come back as they were");
    }

    @Test
    void jsonFile_kindOverrideRefused(@TempDir Path dir) throws Exception {
        Path file = Fixtures.utf8(dir, "x.jsonl", "{}");
        FeedException e = assertThrows(FeedException.class, () -> parse(file, FeedKind.PENALTY));
        assertTrue(e.getMessage().contains("JSON Lines"));
    }
}
