package org.xinyong.api.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.Subject;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.report.CreditReport;
import org.xinyong.report.ReportAssembler;
import org.xinyong.report.ReportContext;
import org.xinyong.report.ReportNumbers;
import org.xinyong.report.ReportSettings;
import org.xinyong.report.pdf.ReportRenderer;
import org.xinyong.report.sign.PdfSigner;
import org.xinyong.report.sign.ReportVerifier;
import org.xinyong.report.sign.VerificationResult;

/**
 * Issues and verifies reports. The font and the signing key are loaded once; every method here
 * blocks (rendering, signing, hashing) and runs on the report workers, never on the event loop.
 */
public final class ReportService {
    private final ReportSettings settings;
    private final ReportRenderer renderer;
    private final PdfSigner signer;
    private final ReportVerifier verifier;
    private final ReportAssembler assembler = new ReportAssembler();
    private final ReportNumbers numbers = new ReportNumbers();
    private final Clock clock;

    private ReportService(ReportSettings settings, ReportRenderer renderer, PdfSigner signer, Clock clock) {
        this.settings = settings;
        this.renderer = renderer;
        this.signer = signer;
        this.verifier = signer.verifier();
        this.clock = clock;
    }

    public static ReportService create(ReportSettings settings, Clock clock) {
        try {
            return new ReportService(settings, ReportRenderer.create(), PdfSigner.create(settings), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare report signing and fonts: " + e.getMessage(), e);
        }
    }

    /** A signed report and what the registry records about it. */
    public record Issued(byte[] pdf, ReportRegistry.Registration registration) {
    }

    public Issued issue(Subject subject, List<CreditRecord> publicRecords, Instant dataAsOf, String caller) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ReportNumbers.ZONE));
        String number = numbers.next(now);
        ReportContext context = new ReportContext(number, now,
                (dataAsOf == null ? now.toInstant() : dataAsOf).atZone(ReportNumbers.ZONE),
                settings.issuer(), settings.publicUrl(), PublicityRule.today(clock));
        CreditReport report = assembler.assemble(subject, publicRecords, context);
        try {
            byte[] pdf = signer.sign(renderer.render(report));
            return new Issued(pdf, new ReportRegistry.Registration(number, subject.key(), subject.name(),
                    now.toInstant(), sha256(pdf), caller));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render or sign the report: " + e.getMessage(), e);
        }
    }

    public VerificationResult verify(byte[] file) {
        return verifier.verify(file);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
