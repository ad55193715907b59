package org.xinyong.api.support;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON already written (UTF-8), passed on as a value with {@link JsonGenerator#writeRawValue(SerializableString)}:
 * Jackson has no raw value from bytes, and decoding them into a string to have it encoded again
 * is the work this saves. Only the unquoted forms exist: raw JSON is never written as a string.
 */
public final class RawJson implements SerializableString {
    private final byte[] utf8;
    private final int offset;
    private final int length;

    public RawJson(byte[] utf8) {
        this(utf8, 0, utf8.length);
    }

    /** The JSON in {@code utf8[offset, offset + length)}. */
    public RawJson(byte[] utf8, int offset, int length) {
        this.utf8 = utf8;
        this.offset = offset;
        this.length = length;
    }

    /** Writes {@code json} as the next value of {@code out}. */
    public static void write(JsonGenerator out, byte[] json) throws IOException {
        out.writeRawValue(new RawJson(json));
    }

    @Override
    public String getValue() {
        return new String(utf8, offset, length, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return Arrays.copyOfRange(utf8, offset, offset + length);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int at) {
        if (at + length > buffer.length) {
            return -1;
        }
        System.arraycopy(utf8, offset, buffer, at, length);
        return length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int at) {
        String value = getValue();
        if (at + value.length() > buffer.length) {
            return -1;
        }
        value.getChars(0, value.length(), buffer, at);
        return value.length();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8, offset, length);
        return length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (buffer.remaining() < length) {
            return -1;
        }
        buffer.put(utf8, offset, length);
        return length;
    }

    @Override
    public char[] asQuotedChars() {
        throw quoted();
    }

    @Override
    public byte[] asQuotedUTF8() {
        throw quoted();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int at) {
        throw quoted();
    }

    @Override
    public int appendQuoted(char[] buffer, int at) {
        throw quoted();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
        throw quoted();
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        throw quoted();
    }

    private static UnsupportedOperationException quoted() {
        return new UnsupportedOperationException("raw JSON is a value, never written as a string");
    }
}
