package org.xinyong.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * One {@link Typeface} as used by one document: text is written as original glyph ids (Identity-H,
 * CID = glyph id of the full font), the glyphs used are remembered, and {@link #finish} embeds just
 * those as a TrueType subset with a CIDToGIDMap, widths and a ToUnicode map.
 *
 * <p>This is what PDFBox's PDType0Font does, minus its per-document work over every glyph of the
 * font (width arrays, CID maps and ToUnicode entries for ~30,000 glyphs, twice), which made a
 * report several times slower. The ToUnicode map is also better: it maps each glyph to the code
 * point the report actually used, where PDFBox takes the font's lowest one, and Noto Sans SC draws
 * 用 (U+7528) and the Kangxi radical ⽤ (U+2F64) with one glyph.
 */
final class DocFont {
    /** The tables a CIDFontType2 program needs; the same list PDFBox embeds. */
    private static final List<String> TABLES =
            List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

    private final Typeface face;
    private final COSName resource;
    private final COSDictionary dict = new COSDictionary();
    /** The code point shown with each glyph id; 0 where the glyph is unused. */
    private final int[] unicodeOf;

    DocFont(Typeface face, String resource) {
        this.face = face;
        this.resource = COSName.getPDFName(resource);
        this.unicodeOf = new int[face.glyphCount() + 1];
    }

    Typeface face() {
        return face;
    }

    COSName resource() {
        return resource;
    }

    /** The Type0 font dictionary; empty until {@link #finish}, but pages may refer to it already. */
    COSDictionary dictionary() {
        return dict;
    }

    /** Writes {@code text} (already {@link Typeface#clean cleaned}) as a hex string of glyph ids. */
    void show(ContentWriter out, String text) {
        out.beginHex();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int gid = face.glyphId(cp);
            if (gid > 0 && gid < unicodeOf.length) {
                int seen = unicodeOf[gid];
                if (seen == 0 || isCompatibility(seen) && !isCompatibility(cp)) {
                    unicodeOf[gid] = cp;
                }
                out.glyph(gid);
            }
            i += Character.charCount(cp);
        }
        out.endHex();
    }

    /** Radicals and compatibility ideographs: when they share a glyph, the unified ideograph is meant. */
    private static boolean isCompatibility(int cp) {
        return cp >= 0x2E80 && cp <= 0x2FDF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
    }

    /** Embeds the subset of the glyphs shown; call once, after the last page is written. */
    void finish(PDDocument doc) throws IOException {
        TreeSet<Integer> used = new TreeSet<>();
        for (int gid = 1; gid < unicodeOf.length; gid++) {
            if (unicodeOf[gid] != 0) {
                used.add(gid);
            }
        }
        TTFSubsetter subsetter = new TTFSubsetter(face.ttf(), TABLES);
        subsetter.addGlyphIds(used);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        ByteArrayOutputStream program = new ByteArrayOutputStream(64 * 1024);
        subsetter.writeToStream(program);
        String baseFont = tag(used) + "+" + face.name();

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        PDFontDescriptor fd = new PDFontDescriptor(descriptor);
        fd.setFontName(baseFont);
        fd.setSymbolic(true);
        fd.setNonSymbolic(false);
        fd.setFontWeight(face.weight);
        fd.setItalicAngle(0);
        fd.setFontBoundingBox(new PDRectangle(face.bbox[0], face.bbox[1], face.bbox[2] - face.bbox[0], face.bbox[3] - face.bbox[1]));
        fd.setAscent(face.ascent);
        fd.setDescent(face.descent);
        fd.setCapHeight(face.capHeight);
        // PDF wants a stem width; no TrueType table holds one, so this is the usual estimate from the weight
        fd.setStemV(10 + 220 * (face.weight - 50) / 900f);
        COSStream file = Streams.flate(doc, program.toByteArray());
        file.setInt(COSName.LENGTH1, program.size());
        fd.setFontFile2(new PDStream(file));

        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, baseFont);
        COSDictionary info = new COSDictionary();
        info.setItem(COSName.REGISTRY, new COSString("Adobe"));
        info.setItem(COSName.ORDERING, new COSString("Identity"));
        info.setInt(COSName.SUPPLEMENT, 0);
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, fd);
        cid.setInt(COSName.DW, 1000);
        cid.setItem(COSName.W, widths(used));
        cid.setItem(COSName.CID_TO_GID_MAP, Streams.flate(doc, cidToGid(newToOld, used.isEmpty() ? 0 : used.last())));

        dict.setItem(COSName.TYPE, COSName.FONT);
        dict.setItem(COSName.SUBTYPE, COSName.TYPE0);
        dict.setName(COSName.BASE_FONT, baseFont);
        dict.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        dict.setItem(COSName.DESCENDANT_FONTS, descendants);
        dict.setItem(COSName.TO_UNICODE, Streams.flate(doc, toUnicode(used)));
    }

    /** {@code c [w1 w2 …]} runs over consecutive CIDs whose width is not the default 1000. */
    private COSArray widths(TreeSet<Integer> used) {
        COSArray w = new COSArray();
        COSArray run = null;
        int last = -2;
        for (int gid : used) {
            int width = Math.round(face.glyphAdvance(gid));
            if (width == 1000) {
                continue;
            }
            if (gid != last + 1 || run == null) {
                run = new COSArray();
                w.add(COSInteger.get(gid));
                w.add(run);
            }
            run.add(COSInteger.get(width));
            last = gid;
        }
        return w;
    }

    /** Two bytes per CID (the full font's glyph id): the glyph's id in the subset. */
    private static byte[] cidToGid(Map<Integer, Integer> newToOld, int maxCid) {
        byte[] map = new byte[2 * (maxCid + 1)];
        newToOld.forEach((newGid, oldGid) -> {
            if (oldGid <= maxCid) {
                map[2 * oldGid] = (byte) (newGid >> 8);
                map[2 * oldGid + 1] = (byte) (int) newGid;
            }
        });
        return map;
    }

    private byte[] toUnicode(TreeSet<Integer> used) {
        StringBuilder b = new StringBuilder(64 * used.size() / 2 + 512);
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        Integer[] gids = used.toArray(new Integer[0]);
        for (int start = 0; start < gids.length; start += 100) {
            int end = Math.min(gids.length, start + 100);
            b.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                hex4(b.append('<'), gids[i]).append("> <");
                for (char c : Character.toChars(unicodeOf[gids[i]])) {
                    hex4(b, c);
                }
                b.append(">\n");
            }
            b.append("endbfchar\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static StringBuilder hex4(StringBuilder b, int v) {
        return b.append(HEX[v >> 12 & 0xF]).append(HEX[v >> 8 & 0xF]).append(HEX[v >> 4 & 0xF]).append(HEX[v & 0xF]);
    }

    /** The six-letter subset tag, derived from the glyph set so equal subsets get equal names. */
    private static String tag(TreeSet<Integer> used) {
        long h = used.hashCode() & 0xFFFFFFFFL;
        char[] tag = new char[6];
        for (int i = 0; i < 6; i++) {
            tag[i] = (char) ('A' + h % 26);
            h /= 26;
        }
        return new String(tag);
    }
}
