package org.xinyong.report.pdf;

import org.xinyong.report.CreditReport.Header;
import org.xinyong.report.pdf.PageFlow.Weight;

/**
 * What every page carries once the page count is known: a footer with the report number and
 * 第 N 页 / 共 M 页, and from page 2 a running header naming the report and the subject, so a
 * single printed page still says what it belongs to.
 */
final class PageFurniture {
    private static final float SIZE = 7.5f;

    private PageFurniture() {
    }

    static void draw(PageFlow flow, Header header) {
        int pages = flow.pages().size();
        Typeface face = flow.face(Weight.REGULAR);
        String number = face.clean("报告编号：" + header.number());
        String issuer = face.clean(header.issuer());
        String running = fit(face, face.clean(header.title() + " · " + header.subjectName()),
                PageFlow.RIGHT - PageFlow.LEFT);
        float footerRule = PageFlow.BOTTOM - 16;
        float baseline = footerRule - 11;
        float headerRule = PageFlow.TOP + 14;
        for (int i = 0; i < pages; i++) {
            flow.returnToPage(i);
            flow.line(PageFlow.LEFT, footerRule, PageFlow.RIGHT, footerRule, Rgb.RULE, 0.5f);
            flow.text(number, PageFlow.LEFT, baseline, Weight.REGULAR, SIZE, Rgb.GREY);
            String page = face.clean("第 " + (i + 1) + " 页 / 共 " + pages + " 页");
            flow.text(page, (PageFlow.WIDTH - face.width(page, SIZE)) / 2, baseline, Weight.REGULAR, SIZE, Rgb.GREY);
            flow.text(issuer, PageFlow.RIGHT - face.width(issuer, SIZE), baseline, Weight.REGULAR, SIZE, Rgb.GREY);
            if (i > 0) {
                flow.line(PageFlow.LEFT, headerRule, PageFlow.RIGHT, headerRule, Rgb.RULE, 0.5f);
                flow.text(running, PageFlow.LEFT, PageFlow.TOP + 19, Weight.REGULAR, SIZE, Rgb.GREY);
            }
        }
    }

    /** The text, shortened with … until it fits the width. */
    private static String fit(Typeface face, String text, float width) {
        if (face.width(text, SIZE) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && face.width(t + "…", SIZE) > width) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t + "…";
    }
}
