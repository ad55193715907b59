package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinyong.analysis.Tokens.analyze;
import static org.xinyong.analysis.Tokens.describe;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordTokenizerTest {

    private final KeywordTokenizerFactory factory = new KeywordTokenizerFactory();

    @Test
    void create_wholeInput_oneToken() {
        assertEquals("南通 国际 ABC@0[0,9]", describe(analyze(factory::create, "南通 国际 ABC")));
    }

    @Test
    void create_emptyInput_noToken() {
        assertEquals(List.of(), analyze(factory::create, ""));
    }

    @Test
    void create_longInput_cutAt1024Chars_finalOffsetCoversAll() {
        var tokens = analyze(factory::create, "a".repeat(3000));
        assertEquals(1, tokens.size());
        assertEquals(WholeInputTokenizer.MAX_CHARS, tokens.get(0).term().length());
        assertEquals(WholeInputTokenizer.MAX_CHARS, tokens.get(0).end());
    }

    @Test
    void create_cutNeverSplitsASurrogatePair() {
        String text = "a".repeat(WholeInputTokenizer.MAX_CHARS - 1) + "\uD842\uDFB7";
        assertEquals(WholeInputTokenizer.MAX_CHARS - 1, analyze(factory::create, text).get(0).term().length());
    }
}
