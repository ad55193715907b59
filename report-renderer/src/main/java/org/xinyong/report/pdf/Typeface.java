package org.xinyong.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One bundled TrueType font, parsed once per process and shared by every document and thread
 * (parsing the 10 MB CJK font costs ~40 ms; each document embeds only a subset of it).
 *
 * <p>Sharing is safe because every table read later is read here, before the instance is
 * published; afterwards the font is only read. Glyph ids and advance widths of the whole BMP are
 * tabulated, so measuring and encoding text never goes back to the font's own lookups.
 */
final class Typeface {
    /** Shown for characters the font lacks, so one odd character in a feed never fails a report. */
    private static final char MISSING = '□';

    private final TrueTypeFont ttf;
    private final String name;
    private final CmapLookup cmap;
    private final HorizontalMetricsTable hmtx;
    private final float scale;
    private final int glyphCount;
    /** Glyph id of each BMP code point, 0 when the font has none. */
    private final char[] bmpGlyph = new char[0x10000];
    /** Advance of each BMP code point in 1/1000 em; negative when the font has no glyph. */
    private final float[] bmpAdvance = new float[0x10000];
    /** Font descriptor values, in 1/1000 em. */
    final float[] bbox;
    final float ascent;
    final float descent;
    final float capHeight;
    final int weight;

    private Typeface(TrueTypeFont ttf) throws IOException {
        this.ttf = ttf;
        touchTables(ttf);
        this.name = ttf.getName();
        this.cmap = ttf.getUnicodeCmapLookup();
        this.hmtx = ttf.getHorizontalMetrics();
        HeaderTable head = ttf.getHeader();
        this.scale = 1000f / head.getUnitsPerEm();
        this.glyphCount = ttf.getNumberOfGlyphs();
        this.bbox = new float[] {head.getXMin() * scale, head.getYMin() * scale, head.getXMax() * scale, head.getYMax() * scale};
        this.ascent = ttf.getHorizontalHeader().getAscender() * scale;
        this.descent = ttf.getHorizontalHeader().getDescender() * scale;
        this.capHeight = ttf.getOS2Windows().getCapHeight() * scale;
        this.weight = ttf.getOS2Windows().getWeightClass();
        Arrays.fill(bmpAdvance, -1f);
        for (int cp = 0; cp < bmpGlyph.length; cp++) {
            int gid = cmap.getGlyphId(cp);
            if (gid > 0 && gid <= Character.MAX_VALUE) {
                bmpGlyph[cp] = (char) gid;
                bmpAdvance[cp] = glyphAdvance(gid);
            }
        }
    }

    static Typeface load(String resource) throws IOException {
        try (InputStream in = Typeface.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the report-renderer jar;"
                        + " the build fetches it (maven-antrun-plugin, fetch-fonts): rebuild the module");
            }
            return new Typeface(new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())));
        }
    }

    /** Reads lazily loaded tables now, on one thread, so later concurrent readers never initialise one. */
    private static void touchTables(TrueTypeFont ttf) throws IOException {
        ttf.getHeader();
        ttf.getHorizontalHeader();
        ttf.getHorizontalMetrics();
        ttf.getMaximumProfile();
        ttf.getIndexToLocation();
        ttf.getGlyph();
        ttf.getCmap();
        ttf.getNaming();
        ttf.getPostScript();
        ttf.getOS2Windows();
    }

    TrueTypeFont ttf() {
        return ttf;
    }

    /** PostScript name, e.g. NotoSansSC-Regular. */
    String name() {
        return name;
    }

    int glyphCount() {
        return glyphCount;
    }

    int glyphId(int cp) {
        if (cp < bmpGlyph.length) {
            return bmpGlyph[cp];
        }
        try {
            return cmap.getGlyphId(cp);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Advance of a glyph in 1/1000 em. */
    float glyphAdvance(int gid) {
        return hmtx.getAdvanceWidth(gid) * scale;
    }

    boolean has(int cp) {
        return advance(cp) >= 0;
    }

    /** Advance of one code point in 1/1000 em, negative if absent. */
    float advance(int cp) {
        if (cp < bmpAdvance.length) {
            return bmpAdvance[cp];
        }
        int gid = glyphId(cp);
        return gid > 0 ? glyphAdvance(gid) : -1;
    }

    float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += Math.max(0, advance(cp));
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    /**
     * Text the font can show: line breaks kept, other control characters as spaces, characters
     * without a glyph as □.
     */
    String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int replacement = cp == '\n' ? cp
                    : Character.isISOControl(cp) || Character.isWhitespace(cp) ? ' '
                    : has(cp) ? cp : MISSING;
            if (replacement != cp && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(replacement);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }
}
