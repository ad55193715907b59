package org.xinyong.indexer.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.json.Json;
import org.xinyong.testing.ElasticsearchTestServer;

/** The bulk path against the real server: nothing lost, nothing paired with the wrong document. */
class BulkWriterIT {
    private final ElasticsearchTestServer server = ElasticsearchTestServer.global();
    private final EsClients es = server.clients();
    private final String prefix = ElasticsearchTestServer.uniquePrefix(BulkWriterIT.class);
    private final String index = prefix + "-docs";

    @AfterEach
    void cleanUp() {
        server.deleteIndexes(prefix);
    }

    /** Jackson cannot serialise this: its getter throws. */
    public static final class Unserialisable {
        public String getValue() {
            throw new IllegalStateException("no value");
        }
    }

    @Test
    void manySmallBatchesInFlight_everyDocumentArrivesWithItsOwnSource() throws Exception {
        List<BulkWriter.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        // batches of 3 documents, 2 requests in flight: request bodies are reused many times over
        try (BulkWriter writer = new BulkWriter(es.rest(), Json.newMapper(), 3, 1 << 20, 2, failures::add)) {
            for (int i = 0; i < 200; i++) {
                writer.index(index, "d" + i, Map.of("n", i, "text", "第" + i + "条"), i);
            }
            writer.flush();
            assertEquals(200, writer.written());
        }
        assertTrue(failures.isEmpty(), failures::toString);
        es.client().indices().refresh(r -> r.index(index));
        assertEquals(200, es.client().count(c -> c.index(index)).count());
        for (int i : List.of(0, 1, 2, 3, 99, 199)) {
            JsonNode source = es.client().get(g -> g.index(index).id("d" + i), JsonNode.class).source();
            assertEquals(i, source.path("n").asInt(), "document d" + i + " has its own source");
            assertEquals("第" + i + "条", source.path("text").asText());
        }
    }

    @Test
    void aDocumentThatCannotBeSerialised_isReported_andItsNeighboursKeepTheirSources() throws Exception {
        List<BulkWriter.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        try (BulkWriter writer = new BulkWriter(es.rest(), Json.newMapper(), 100, 1 << 20, 1, failures::add)) {
            writer.index(index, "before", Map.of("n", 1), "line 1");
            writer.index(index, "broken", new Unserialisable(), "line 2");
            writer.index(index, "after", Map.of("n", 3), "line 3");
            writer.flush();
            assertEquals(2, writer.written());
            assertEquals(1, writer.failed());
        }
        assertEquals(1, failures.size(), failures::toString);
        assertEquals("line 2", failures.get(0).tag());
        assertTrue(failures.get(0).reason().startsWith("cannot serialise"), failures.get(0).reason());
        assertEquals(1, es.client().get(g -> g.index(index).id("before"), JsonNode.class).source().path("n").asInt());
        assertEquals(3, es.client().get(g -> g.index(index).id("after"), JsonNode.class).source().path("n").asInt());
        assertFalse(es.client().exists(e -> e.index(index).id("broken")).value());
    }
}
