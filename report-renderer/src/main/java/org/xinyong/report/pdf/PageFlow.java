package org.xinyong.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * The page being filled: a cursor that moves down A4 pages, starts a new page when asked, and
 * draws text and rules. Page contents stay open until {@link #finish}, so decorations that need
 * the page count can still be added to every page. It remembers the current font and colours so a
 * table of 500 rows does not repeat the same operators thousands of times.
 */
final class PageFlow {
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 42;
    static final float RIGHT = WIDTH - 42;
    /** Room above for the running header, below for the footer with the page numbers. */
    static final float TOP = HEIGHT - 58;
    static final float BOTTOM = 60;
    /** The graphics state the seal is drawn in: see {@link Seal}. */
    static final COSName SEAL_STATE = COSName.getPDFName("Seal");

    enum Weight { REGULAR, BOLD }

    private final PDDocument doc;
    private final DocFont regular;
    private final DocFont bold;
    private final PDResources resources;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<ContentWriter> contents = new ArrayList<>();
    private ContentWriter out;
    private float y;
    private DocFont currentFont;
    private float currentSize;
    private Rgb currentFill;
    private Rgb currentStroke;
    private float currentLineWidth;

    PageFlow(PDDocument doc, Typeface regularFace, Typeface boldFace) {
        this.doc = doc;
        this.regular = new DocFont(regularFace, "F1");
        this.bold = new DocFont(boldFace, "F2");
        // one resource dictionary shared by all pages: the same two fonts and the seal's transparency
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(regular.resource(), regular.dictionary());
        fonts.setItem(bold.resource(), bold.dictionary());
        COSDictionary seal = new COSDictionary();
        seal.setItem(COSName.CA_NS, new COSFloat(0.88f));
        seal.setItem(COSName.CA, new COSFloat(0.88f));
        COSDictionary states = new COSDictionary();
        states.setItem(SEAL_STATE, seal);
        COSDictionary res = new COSDictionary();
        res.setItem(COSName.FONT, fonts);
        res.setItem(COSName.EXT_G_STATE, states);
        this.resources = new PDResources(res);
    }

    List<PDPage> pages() {
        return pages;
    }

    Typeface face(Weight w) {
        return font(w).face();
    }

    private DocFont font(Weight w) {
        return w == Weight.BOLD ? bold : regular;
    }

    /** Starts a page; the cursor goes to {@code top}. */
    void newPage(float top) {
        PDPage page = new PDPage(PDRectangle.A4);
        page.setResources(resources);
        doc.addPage(page);
        pages.add(page);
        out = new ContentWriter();
        contents.add(out);
        forgetState();
        y = top;
    }

    void newPage() {
        newPage(TOP);
    }

    /** Makes an earlier page current again, to add its footer. */
    void returnToPage(int index) {
        out = contents.get(index);
        forgetState();
    }

    /** For drawing what the helpers here do not cover (paths, the QR code). */
    ContentWriter out() {
        return out;
    }

    /** After a graphics-state restore, or on another page, the remembered state no longer holds. */
    void forgetState() {
        currentFont = null;
        currentFill = null;
        currentStroke = null;
        currentLineWidth = -1;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void down(float dy) {
        y -= dy;
    }

    /** Space left above the footer on this page. */
    float remaining() {
        return y - BOTTOM;
    }

    /** The height a block has on an otherwise empty page. */
    static float pageHeight() {
        return TOP - BOTTOM;
    }

    /** A new page unless {@code height} still fits on this one. */
    void ensure(float height) {
        if (remaining() < height) {
            newPage();
        }
    }

    /** One line of text with its baseline at {@code baseline}; the text must be {@link Typeface#clean clean}. */
    void text(String s, float x, float baseline, Weight w, float size, Rgb color) {
        if (s.isEmpty()) {
            return;
        }
        fill(color);
        DocFont f = font(w);
        out.op("BT");
        if (f != currentFont || size != currentSize) {
            out.name(f.resource().getName()).num(size).op("Tf");
            currentFont = f;
            currentSize = size;
        }
        out.num(x).num(baseline).op("Td");
        f.show(out, s);
        out.op("Tj").op("ET");
    }

    void fill(Rgb c) {
        if (!c.equals(currentFill)) {
            out.fillColor(c);
            currentFill = c;
        }
    }

    void stroke(Rgb c, float lineWidth) {
        if (!c.equals(currentStroke)) {
            out.strokeColor(c);
            currentStroke = c;
        }
        if (lineWidth != currentLineWidth) {
            out.num(lineWidth).op("w");
            currentLineWidth = lineWidth;
        }
    }

    void fillRect(float x, float yBottom, float w, float h, Rgb c) {
        fill(c);
        out.rect(x, yBottom, w, h);
        out.op("f");
    }

    void line(float x1, float y1, float x2, float y2, Rgb c, float lineWidth) {
        stroke(c, lineWidth);
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.op("S");
    }

    /** Writes the page contents and embeds the font subsets; nothing can be drawn afterwards. */
    void finish() throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).setContents(new PDStream(Streams.flate(doc, contents.get(i).toByteArray())));
        }
        regular.finish(doc);
        bold.finish(doc);
    }
}
