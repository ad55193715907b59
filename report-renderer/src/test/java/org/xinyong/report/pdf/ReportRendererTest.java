package org.xinyong.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.Subject;
import org.xinyong.core.model.Tier;
import org.xinyong.core.privacy.Masking;
import org.xinyong.report.CreditReport;
import org.xinyong.report.PdfTools;
import org.xinyong.report.ReportAssembler;
import org.xinyong.report.ReportNumbers;
import org.xinyong.report.SampleData;

class ReportRendererTest {
    /** Rendered reports stay here for a look: pdftoppm -png -r 80 target/reports/typical.pdf page */
    static final Path OUT = Path.of("target/reports");
    private static ReportRenderer renderer;
    private final ReportAssembler assembler = new ReportAssembler();
    private final ReportNumbers numbers = new ReportNumbers();

    @BeforeAll
    static void fonts() throws IOException {
        renderer = ReportRenderer.create();
        Files.createDirectories(OUT);
    }

    @Test
    void render_typical_textHasNameCodeAndEveryPublicDocumentNumber_andNoHiddenOne() throws Exception {
        Subject s = SampleData.company("南通国际家纺产业园有限公司", 42);
        List<CreditRecord> shown = SampleData.typical(s, 20);
        List<CreditRecord> given = new ArrayList<>(shown);
        given.addAll(SampleData.hidden(s));
        CreditReport report = assembler.assemble(s, given, SampleData.context(numbers));
        byte[] pdf = renderer.render(report);
        Files.write(OUT.resolve("typical.pdf"), pdf);

        String text = PdfTools.pdftotext(pdf);
        assertTrue(text.contains("公共信用信息报告"));
        assertTrue(text.contains(s.name()));
        assertTrue(text.contains(s.creditCode()));
        assertTrue(text.contains(report.header().number()));
        for (CreditRecord r : shown) {
            assertTrue(text.contains(r.documentNumber()), r.documentNumber());
        }
        for (CreditRecord r : SampleData.hidden(s)) {
            assertFalse(text.contains(r.documentNumber()), r.documentNumber());
        }
        assertTrue(text.replace(" ", "").contains("第1页/共"));
    }

    @Test
    void render_embedsOnlyNotoSansScSubsets() throws Exception {
        Subject s = SampleData.company("Acme 南通 Ltd.", 7);
        byte[] pdf = renderer.render(assembler.assemble(s, SampleData.typical(s, 10), SampleData.context(numbers)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)"), font.getName());
                }
            }
        }
    }

    @Test
    void render_naturalPerson_idAppearsMaskedOnly() throws Exception {
        Subject p = SampleData.person("王小明");
        CreditRecord leak = SampleData.penalty(p, 1, SampleData.TODAY.minusDays(3), Tier.GENERAL).toBuilder()
                .content("当事人王小明（身份证号 " + SampleData.PERSON_ID + "）未取得许可从事经营。").build();
        CreditReport report = assembler.assemble(p, List.of(leak), SampleData.context(numbers));
        byte[] pdf = renderer.render(report);
        Files.write(OUT.resolve("person.pdf"), pdf);
        String text = PdfTools.pdftotext(pdf).replace(report.header().number(), "");
        assertFalse(text.contains(SampleData.PERSON_ID));
        assertFalse(Pattern.compile("\\d{17}[\\dX]").matcher(text).find(), "an unmasked 18-digit ID is in the text");
        assertTrue(text.contains(Masking.maskId(SampleData.PERSON_ID)));
        assertTrue(text.contains("王小明"));
    }

    @Test
    void render_500Records_spansPagesAndLosesNothing() throws Exception {
        Subject s = SampleData.company("南通五百条记录测试有限公司", 500);
        List<CreditRecord> records = SampleData.typical(s, 500);
        byte[] pdf = renderer.render(assembler.assemble(s, records, SampleData.context(numbers)));
        Files.write(OUT.resolve("big.pdf"), pdf);
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }
        assertTrue(pages > 5, "pages: " + pages);
        String text = PdfTools.pdftotext(pdf);
        assertEquals(500, records.stream().map(CreditRecord::documentNumber).distinct().count());
        for (CreditRecord r : records) {
            assertTrue(text.contains(r.documentNumber()), r.documentNumber());
        }
        Matcher m = Pattern.compile("第\\s*(\\d+)\\s*页\\s*/\\s*共\\s*(\\d+)\\s*页").matcher(text);
        int seen = 0;
        while (m.find()) {
            seen++;
            assertEquals(Integer.toString(pages), m.group(2));
        }
        assertEquals(pages, seen, "every page has its number");
    }

    @Test
    void render_cellTallerThanAPage_isSplitNotCut() throws Exception {
        Subject s = SampleData.company("南通长文本测试有限公司", 9);
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            longText.append("第").append(i).append("句违法事实描述。");
        }
        longText.append("全文结束标记");
        CreditRecord r = SampleData.penalty(s, 1, SampleData.TODAY.minusDays(3), Tier.GENERAL).toBuilder()
                .content(longText.toString()).build();
        byte[] pdf = renderer.render(assembler.assemble(s, List.of(r), SampleData.context(numbers)));
        Files.write(OUT.resolve("long-cell.pdf"), pdf);
        String text = PdfTools.pdftotext(pdf).replaceAll("\\s+", "");
        assertTrue(text.contains("第0句违法事实描述。"));
        assertTrue(text.contains("第399句违法事实描述。"));
        assertTrue(text.contains("全文结束标记"));
    }

    @Test
    void render_charactersTheFontLacks_areReplacedNotFatal() throws Exception {
        Subject s = SampleData.company("南通\uD83D\uDE00表情\u0007公司", 11);
        byte[] pdf = renderer.render(assembler.assemble(s, List.of(), SampleData.context(numbers)));
        String text = PdfTools.pdftotext(pdf);
        assertTrue(text.contains("南通□表情 公司"), text);
    }

    @Test
    void render_textExtractsAsIdeographsNotRadicals() throws Exception {
        // 用 and ⽤ (KANGXI RADICAL USE) share a glyph; the text must come back as 用
        Subject s = SampleData.company("南通用人一页文字测试公司", 13);
        byte[] pdf = renderer.render(assembler.assemble(s, List.of(), SampleData.context(numbers)));
        String text = PdfTools.pdftotext(pdf);
        assertTrue(text.contains("公共信用信息报告"), text);
        assertTrue(text.contains("南通用人一页文字测试公司"));
        assertTrue(text.codePoints().noneMatch(cp -> cp >= 0x2E80 && cp <= 0x2FDF), "radicals in the text");
    }

    @Test
    void render_twoThreadsShareTheFonts() throws Exception {
        Subject s = SampleData.company("南通并发测试有限公司", 12);
        CreditReport report = assembler.assemble(s, SampleData.typical(s, 20), SampleData.context(numbers));
        byte[] reference = renderer.render(report);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> renderer.render(report)));
            }
            for (Future<byte[]> f : futures) {
                assertEquals(reference.length, f.get().length);
            }
        } finally {
            pool.shutdown();
        }
    }
}
