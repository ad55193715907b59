package org.xinyong.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.xinyong.core.model.Subject;
import org.xinyong.report.CreditReport;
import org.xinyong.report.ReportAssembler;
import org.xinyong.report.ReportNumbers;
import org.xinyong.report.SampleData;

class QrCodeTest {
    @Test
    void render_qrCodeOnPageOne_scansToTheVerificationUrl() throws Exception {
        Subject s = SampleData.company("南通扫码测试有限公司", 21);
        CreditReport report = new ReportAssembler().assemble(s, List.of(), SampleData.context(new ReportNumbers()));
        byte[] pdf = ReportRenderer.create().render(report);
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
        }
        // the top-left quarter holds the code; decoding the whole page would also work, just slower
        BufferedImage corner = page.getSubimage(0, 0, page.getWidth() / 3, page.getHeight() / 6);
        int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels)));
        String text = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertEquals("https://credit.example.cn/verify?number=" + report.header().number(), text);
    }
}
