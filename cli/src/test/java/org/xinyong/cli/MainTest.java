package org.xinyong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpAfterACommand_showsTheUsage() {
        assertEquals(0, run("es", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: ./xinyong COMMAND"), out::toString);
    }

    @Test
    void anUnknownCommand_isAUsageError() {
        assertEquals(2, run("serch"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'serch'"), err::toString);
    }

    @Test
    void aFlagWithoutItsValue_isAUsageError() {
        assertEquals(2, run("generate", "--records"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--records"), err::toString);
    }
}
