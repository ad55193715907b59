package org.xinyong.report.pdf;

import java.io.IOException;
import org.xinyong.report.CreditReport.Header;
import org.xinyong.report.pdf.PageFlow.Weight;

/**
 * The top of the first page: the verification QR code on the left, the title and subject in the
 * middle, the seal on the right. Leaves the cursor under it.
 */
final class TitleBlock {
    static final float QR_SIZE = 66;
    static final float SEAL_RADIUS = 40;
    private static final float TOP = PageFlow.HEIGHT - 40;

    private TitleBlock() {
    }

    static void draw(PageFlow flow, Header header, Seal seal) throws IOException {
        flow.newPage(TOP);
        float center = PageFlow.WIDTH / 2;
        QrCode.draw(flow, header.verificationUrl(), PageFlow.LEFT, TOP, QR_SIZE);
        centred(flow, "扫码核验", PageFlow.LEFT + QR_SIZE / 2, TOP - QR_SIZE - 10, Weight.REGULAR, 7, Rgb.GREY);

        centred(flow, header.title(), center, TOP - 30, Weight.BOLD, 24, Rgb.NAVY);
        if (header.subtitle() != null) {
            centred(flow, header.subtitle(), center, TOP - 50, Weight.REGULAR, 11, Rgb.GREY);
        }
        // a long name shrinks rather than running into the QR code or the seal
        float room = PageFlow.WIDTH - 2 * (PageFlow.LEFT + QR_SIZE + 16);
        Typeface bold = flow.face(Weight.BOLD);
        String name = bold.clean(header.subjectName());
        float size = Math.max(8, Math.min(14, 14 * room / Math.max(1, bold.width(name, 14))));
        centred(flow, name, center, TOP - 74, Weight.BOLD, size, Rgb.BLACK);

        seal.draw(flow, header.issuer(), PageFlow.RIGHT - SEAL_RADIUS - 2, TOP - SEAL_RADIUS - 1, SEAL_RADIUS);
        flow.line(PageFlow.LEFT, TOP - 90, PageFlow.RIGHT, TOP - 90, Rgb.NAVY, 1.2f);
        flow.moveTo(TOP - 100);
    }

    private static void centred(PageFlow flow, String text, float x, float baseline, Weight w, float size, Rgb c)
            throws IOException {
        Typeface face = flow.face(w);
        String clean = face.clean(text);
        flow.text(clean, x - face.width(clean, size) / 2, baseline, w, size, c);
    }
}
