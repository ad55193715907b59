package org.xinyong.api.support;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * JSON strings passed on as the bytes Elasticsearch sent. A JSON string is valid JSON as it
 * stands, and the parser skips it without decoding: the records' Chinese texts are most of a
 * search's answer, and decoding them into strings and encoding them again was a sixth of the
 * API's event loop (JFR, 2026-11-26).
 */
public final class RawStrings {
    private RawStrings() {
    }

    /** The content of a string in its input, quotes excluded: {@code [start, end)}. */
    public record Span(int start, int end) {
        public int length() {
            return end - start;
        }
    }

    /**
     * Where the string value the parser is at lies in {@code raw}. The parser moves on to the next
     * token (in {@link JsonParser#currentToken()}).
     *
     * @param raw the parser's whole input (a parser over a byte array from offset 0)
     */
    public static Span span(JsonParser in, byte[] raw) throws IOException {
        if (in.currentToken() != JsonToken.VALUE_STRING) {
            throw new IOException("not at a string value");
        }
        int open = (int) in.currentTokenLocation().getByteOffset();
        in.nextToken();
        return new Span(open + 1, closingQuote(raw, open, (int) in.currentTokenLocation().getByteOffset()));
    }

    /** Copies the string value the parser is at to {@code out}, and moves the parser on (see {@link #span}). */
    public static void copy(JsonParser in, byte[] raw, JsonGenerator out) throws IOException {
        Span span = span(in, raw);
        out.writeRawUTF8String(raw, span.start(), span.length());
    }

    /**
     * The closing quote of the string that opens at {@code open}, found back from where the next
     * token starts: between them only whitespace and a comma.
     */
    private static int closingQuote(byte[] raw, int open, int next) throws IOException {
        int i = next - 1;
        while (i > open && (raw[i] == ' ' || raw[i] == '\n' || raw[i] == '\r' || raw[i] == '\t' || raw[i] == ',')) {
            i--;
        }
        if (i <= open || raw[i] != '"' || raw[open] != '"') {
            throw new IOException("a string value not where the parser said it was");
        }
        return i;
    }
}
