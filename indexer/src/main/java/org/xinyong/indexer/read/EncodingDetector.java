package org.xinyong.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a text file's encoding from its content, never from the platform locale: a byte-order mark
 * decides; otherwise a strict UTF-8 decode of the first {@value #SCAN_LIMIT} bytes that succeeds
 * means UTF-8, and one that fails means GB18030 (which reads GBK and GB2312 too). Chinese text in
 * GBK almost never forms valid UTF-8 past a few characters, so the first header cell decides in
 * practice. Readers decode strictly afterwards, so a file that switches encoding later fails with
 * a clear message instead of producing mojibake.
 */
public final class EncodingDetector {
    static final int SCAN_LIMIT = 16 * 1024 * 1024;
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** @param label how the encoding is reported to the user */
    public record Detected(Charset charset, int bomLength, String label) {
        /** A decoder that fails on bytes the charset cannot decode instead of inventing characters. */
        public CharsetDecoder strictDecoder() {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
    }

    private EncodingDetector() {
    }

    public static Detected detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bom = in.readNBytes(3);
            if (bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
                return new Detected(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)");
            }
            if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
                return new Detected(StandardCharsets.UTF_16LE, 2, "UTF-16LE");
            }
            if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
                return new Detected(StandardCharsets.UTF_16BE, 2, "UTF-16BE");
            }
            return decodesAsUtf8(bom, in)
                    ? new Detected(StandardCharsets.UTF_8, 0, "UTF-8")
                    : new Detected(GB18030, 0, "GB18030");
        }
    }

    private static boolean decodesAsUtf8(byte[] first, InputStream rest) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        in.put(first);
        long total = first.length;
        boolean eof = false;
        while (true) {
            if (!eof && total < SCAN_LIMIT) {
                int n = rest.read(in.array(), in.position(), in.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    in.position(in.position() + n);
                    total += n;
                }
            }
            in.flip();
            CoderResult result = decoder.decode(in, out, eof);
            if (result.isError()) {
                return false;
            }
            out.clear();
            in.compact();
            if (eof) {
                return !decoder.flush(out).isError();
            }
            if (total >= SCAN_LIMIT) {
                // enough evidence; an undecodable byte further on fails the strict reader instead
                return true;
            }
        }
    }
}
