package org.xinyong.indexer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsInTest {

    @Test
    void aRebuildDirectory_loadsEveryFeed_andSkipsOnlyRejectsAndTheGeneratorsBadLineList(@TempDir Path dir) throws Exception {
        for (String name : List.of("penalties.csv", "expected-penalties.csv", "data.xlsx", "records.jsonl",
                "expected-bad-lines.csv", "penalties.csv.rejects.csv", "expected.json", "notes.txt")) {
            Files.writeString(dir.resolve(name), "x");
        }
        List<String> feeds = IndexRun.feedsIn(dir).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("data.xlsx", "expected-penalties.csv", "penalties.csv", "records.jsonl"), feeds);
    }
}
