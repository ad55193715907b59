package org.xinyong.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.xinyong.report.CreditReport;

/**
 * Lays a {@link CreditReport} out as an A4 PDF in Noto Sans SC (bundled, embedded as a subset; the
 * system's fonts are never used), with the verification QR code, the seal, and 第 N 页 / 共 M 页.
 *
 * <p>Create one per process with {@link #create()} and share it: it holds the parsed fonts, which
 * are the expensive part. Thread-safe; each call builds its own document.
 */
public final class ReportRenderer {
    /** Document-information key under which the report number travels with the file. */
    public static final String NUMBER_KEY = "XinyongReportNumber";
    private static final String FONTS = "/org/xinyong/report/fonts/";

    private final Typeface regular;
    private final Typeface bold;
    private final Seal seal;

    private ReportRenderer(Typeface regular, Typeface bold) {
        this.regular = regular;
        this.bold = bold;
        this.seal = new Seal(bold);
    }

    /** Parses the bundled fonts (about 0.1 s); keep the instance. */
    public static ReportRenderer create() throws IOException {
        return new ReportRenderer(Typeface.load(FONTS + "NotoSansSC-Regular.ttf"),
                Typeface.load(FONTS + "NotoSansSC-Bold.ttf"));
    }

    /** The unsigned PDF; sign it with {@link org.xinyong.report.sign.PdfSigner}. */
    public byte[] render(CreditReport report) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            info(doc, report.header());
            PageFlow flow = new PageFlow(doc, regular, bold);
            new ReportLayout(flow, seal).layout(report);
            PageFurniture.draw(flow, report.header());
            flow.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void info(PDDocument doc, CreditReport.Header header) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(header.title() + " " + header.subjectName());
        info.setSubject(header.title() + "（报告编号 " + header.number() + "）");
        info.setAuthor(header.issuer());
        info.setCreator("Xinyong report-renderer");
        info.setProducer("Xinyong report-renderer (Apache PDFBox)");
        Calendar created = GregorianCalendar.from(header.generatedAt());
        info.setCreationDate(created);
        info.setModificationDate(created);
        info.setCustomMetadataValue(NUMBER_KEY, header.number());
        doc.getDocumentCatalog().setLanguage("zh-CN");
    }
}
