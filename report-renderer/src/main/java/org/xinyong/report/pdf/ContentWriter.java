package org.xinyong.report.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page's content stream as bytes: the handful of PDF operators the report uses, written
 * directly. PDFBox's content stream would encode every string through its font machinery, which
 * for a 30,000-glyph CJK font is most of the cost of a report; here text arrives already encoded as
 * glyph ids by {@link DocFont}.
 */
final class ContentWriter {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private byte[] buf = new byte[16 * 1024];
    private int len;

    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    /** Operators written earlier by another writer. */
    void raw(byte[] ops) {
        ensure(ops.length);
        System.arraycopy(ops, 0, buf, len, ops.length);
        len += ops.length;
    }

    ContentWriter op(String operator) {
        ascii(operator);
        return put((byte) '\n');
    }

    /** A number with at most three decimals, no exponent: all PDF readers accept that form. */
    ContentWriter num(float v) {
        long milli = Math.round(v * 1000.0);
        if (milli < 0) {
            put((byte) '-');
            milli = -milli;
        }
        long whole = milli / 1000;
        int frac = (int) (milli % 1000);
        digits(whole);
        if (frac != 0) {
            put((byte) '.');
            put((byte) ('0' + frac / 100));
            if (frac % 100 != 0) {
                put((byte) ('0' + frac / 10 % 10));
                if (frac % 10 != 0) {
                    put((byte) ('0' + frac % 10));
                }
            }
        }
        return put((byte) ' ');
    }

    ContentWriter name(String name) {
        put((byte) '/');
        ascii(name);
        return put((byte) ' ');
    }

    /** Opens a hex string; glyph ids follow through {@link #glyph}. */
    ContentWriter beginHex() {
        return put((byte) '<');
    }

    ContentWriter glyph(int gid) {
        ensure(4);
        buf[len++] = HEX[gid >> 12 & 0xF];
        buf[len++] = HEX[gid >> 8 & 0xF];
        buf[len++] = HEX[gid >> 4 & 0xF];
        buf[len++] = HEX[gid & 0xF];
        return this;
    }

    ContentWriter endHex() {
        return put((byte) '>').put((byte) ' ');
    }

    void rect(float x, float y, float w, float h) {
        num(x).num(y).num(w).num(h).op("re");
    }

    void moveTo(float x, float y) {
        num(x).num(y).op("m");
    }

    void lineTo(float x, float y) {
        num(x).num(y).op("l");
    }

    void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        num(x1).num(y1).num(x2).num(y2).num(x3).num(y3).op("c");
    }

    void fillColor(Rgb c) {
        num(c.r()).num(c.g()).num(c.b()).op("rg");
    }

    void strokeColor(Rgb c) {
        num(c.r()).num(c.g()).num(c.b()).op("RG");
    }

    private void digits(long v) {
        if (v >= 10) {
            digits(v / 10);
        }
        put((byte) ('0' + v % 10));
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    private ContentWriter put(byte b) {
        ensure(1);
        buf[len++] = b;
        return this;
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }
}
