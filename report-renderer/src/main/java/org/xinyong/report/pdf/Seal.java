package org.xinyong.report.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.GlyphData;

/**
 * The red round seal on the first page: the issuer's name along the upper arc, a star, and 电子签章.
 * It is only a visual cue (the proof is the cryptographic signature), so its lettering is drawn as
 * glyph outlines, not text: text extraction and search then see the report, not the stamp.
 *
 * <p>Every report of an issuer has the same seal in the same place, so its drawing operators are
 * computed once and kept; the outlines of 20 glyphs cost more than a table of 20 records.
 */
final class Seal {
    private static final float ARC_DEGREES = 250;
    /** Issuers come from settings: one or two per process. The bound only guards against misuse. */
    private static final int MAX_CACHED = 16;

    private final Typeface face;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    Seal(Typeface face) {
        this.face = face;
    }

    /** Draws the seal centred on ({@code cx}, {@code cy}). */
    void draw(PageFlow flow, String issuer, float cx, float cy, float radius) throws IOException {
        String key = issuer + '\u0000' + cx + ',' + cy + ',' + radius;
        byte[] ops = cache.get(key);
        if (ops == null) {
            ContentWriter out = new ContentWriter();
            draw(out, issuer, cx, cy, radius);
            ops = out.toByteArray();
            if (cache.size() < MAX_CACHED) {
                cache.put(key, ops);
            }
        }
        flow.out().raw(ops);
        flow.forgetState();
    }

    private void draw(ContentWriter out, String issuer, float cx, float cy, float radius) throws IOException {
        out.op("q");
        // a stamp over printed text lets the text show through, as ink does
        out.name(PageFlow.SEAL_STATE.getName()).op("gs");
        out.strokeColor(Rgb.SEAL_RED);
        out.fillColor(Rgb.SEAL_RED);
        out.num(radius * 0.055f).op("w");
        circle(out, cx, cy, radius - radius * 0.03f);
        out.op("S");

        String name = face.clean(issuer.strip());
        int n = Math.max(1, name.codePointCount(0, name.length()));
        float size = Math.max(6.5f, Math.min(radius * 0.27f, (float) Math.toRadians(ARC_DEGREES) * radius * 0.7f / (n * 1.08f)));
        float textRadius = radius * 0.9f - size * 0.88f;
        float step = (float) Math.min(ARC_DEGREES / n, Math.toDegrees(size * 1.12f / textRadius));
        float angle = 90 + step * n / 2 - step / 2;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            double theta = Math.toRadians(angle);
            AffineTransform at = new AffineTransform();
            at.translate(cx + textRadius * Math.cos(theta), cy + textRadius * Math.sin(theta));
            at.rotate(theta - Math.PI / 2);
            glyph(out, face, cp, at, size, true);
            angle -= step;
            i += Character.charCount(cp);
        }
        star(out, cx, cy + radius * 0.02f, radius * 0.3f);
        out.op("f");
        String label = face.clean("电子签章");
        float labelSize = radius * 0.19f;
        float x = cx - face.width(label, labelSize) / 2;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            glyph(out, face, cp, AffineTransform.getTranslateInstance(x, cy - radius * 0.58f), labelSize, false);
            x += face.advance(cp) * labelSize / 1000f;
            i += Character.charCount(cp);
        }
        out.op("Q");
    }

    /** One glyph's outline under {@code at}; centred on the origin horizontally when asked. */
    private static void glyph(ContentWriter out, Typeface face, int cp, AffineTransform at, float size,
                              boolean centred) throws IOException {
        int gid = face.glyphId(cp);
        GlyphData data = gid > 0 ? face.ttf().getGlyph().getGlyph(gid) : null;
        if (data == null) {
            return;
        }
        AffineTransform t = new AffineTransform(at);
        if (centred) {
            t.translate(-face.advance(cp) * size / 2000f, 0);
        }
        float scale = size / face.ttf().getHeader().getUnitsPerEm();
        t.scale(scale, scale);
        GeneralPath path = data.getPath();
        path(out, path.getPathIterator(t));
        // TrueType outlines are drawn with the non-zero winding rule, which is what f uses
        out.op("f");
    }

    private static void path(ContentWriter out, PathIterator it) {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        while (!it.isDone()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    out.moveTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    out.lineTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // PDF has only cubic Béziers: raise the quadratic's degree
                    out.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
                            c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> out.op("h");
            }
            it.next();
        }
    }

    private static void star(ContentWriter out, float cx, float cy, float r) {
        float inner = r * 0.382f;
        for (int i = 0; i < 10; i++) {
            double a = Math.toRadians(90 + i * 36);
            float rr = i % 2 == 0 ? r : inner;
            float px = cx + (float) (rr * Math.cos(a));
            float py = cy + (float) (rr * Math.sin(a));
            if (i == 0) {
                out.moveTo(px, py);
            } else {
                out.lineTo(px, py);
            }
        }
        out.op("h");
    }

    /** A circle from four Bézier arcs (k = 0.5523 is the usual control-point distance). */
    private static void circle(ContentWriter out, float cx, float cy, float r) {
        float k = 0.5523f * r;
        out.moveTo(cx + r, cy);
        out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        out.op("h");
    }
}
