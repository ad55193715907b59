package org.xinyong.report.sign;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@link ReportVerifier} found. Only {@link #valid()} means "an unmodified report signed by
 * us"; the other fields say why not, for the verify page.
 *
 * @param pdf the bytes are a complete PDF file
 * @param signed it carries a signature
 * @param intact the signature covers the whole file and verifies: nothing was changed after signing
 * @param ours the signing certificate is this service's
 * @param sha256 lower-case hex SHA-256 of the whole file, for the registry of issued reports
 * @param reportNumber the number recorded in the file; trust it only when {@link #valid()}
 * @param signer the signing certificate's subject, or null
 * @param signedAt the time the signer claims (the signature's /M), or null
 * @param timestampedAt the trusted time from a TSA token over the signature, or null
 * @param detail one sentence for people: what was found
 */
public record VerificationResult(
        boolean pdf,
        boolean signed,
        boolean intact,
        boolean ours,
        String sha256,
        String reportNumber,
        String signer,
        Instant signedAt,
        Instant timestampedAt,
        String detail) {

    public VerificationResult {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean valid() {
        return pdf && signed && intact && ours;
    }

    static VerificationResult notPdf(String sha256, String detail) {
        return new VerificationResult(false, false, false, false, sha256, null, null, null, null, detail);
    }
}
