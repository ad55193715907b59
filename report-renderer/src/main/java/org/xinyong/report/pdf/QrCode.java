package org.xinyong.report.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The verification QR code, drawn as vector rectangles (one per horizontal run of dark modules):
 * sharp at any zoom or print resolution and a few hundred bytes, where an image would be neither.
 */
final class QrCode {
    /**
     * A fixed mask pattern: choosing the "best" of the eight costs ZXing more than the rest of the
     * QR code and a tenth of a whole report, and any mask scans; the URL is short and M-level
     * error correction leaves plenty of margin.
     */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.QR_MASK_PATTERN, 2,
            EncodeHintType.MARGIN, 0);

    private QrCode() {
    }

    static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + text + ": " + e.getMessage(), e);
        }
    }

    /** Draws the code into the square with top-left corner ({@code x}, {@code top}). */
    static void draw(PageFlow flow, String text, float x, float top, float size) {
        BitMatrix m = encode(text);
        float module = size / m.getWidth();
        ContentWriter out = flow.out();
        flow.fill(Rgb.BLACK);
        for (int row = 0; row < m.getHeight(); row++) {
            int col = 0;
            while (col < m.getWidth()) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m.getWidth() && m.get(col, row)) {
                    col++;
                }
                // a hair of overlap hides the seams some viewers draw between touching rectangles
                out.rect(x + start * module, top - (row + 1) * module - 0.05f, (col - start) * module + 0.05f, module + 0.1f);
            }
        }
        out.op("f");
    }
}
