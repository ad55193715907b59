package org.xinyong.report.sign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.GregorianCalendar;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.xinyong.report.ReportNumbers;
import org.xinyong.report.ReportSettings;

/**
 * Signs a rendered report: a PAdES baseline signature (B-B, or B-T with a TSA configured) covering
 * the whole file except the signature value, with the signing certificate embedded, added as an
 * incremental update.
 *
 * <p>Create one per process with {@link #create}; thread-safe.
 */
public final class PdfSigner {
    private final SigningKey key;
    private final CadesSignature cades;
    private final int reservedBytes;
    private final String signerName;
    private final Clock clock;

    PdfSigner(SigningKey key, TimeStamper tsa, String signerName, Clock clock) throws IOException {
        this.key = Objects.requireNonNull(key, "key");
        this.cades = new CadesSignature(key, tsa);
        this.signerName = signerName;
        this.clock = clock;
        // room for the CMS: the certificates, a signature value and attributes, and a TSA token
        // (which brings the TSA's own certificates) when there is one
        int certificates = 0;
        for (X509Certificate c : key.chain()) {
            certificates += encodedLength(c);
        }
        this.reservedBytes = 4096 + certificates + (tsa == null ? 0 : 16384);
    }

    /**
     * The configured keystore, or the self-signed key in the data home (created on first use).
     *
     * @throws IOException if the keystore cannot be read or the key cannot be created
     */
    public static PdfSigner create(ReportSettings settings) throws IOException {
        SigningKey key = settings.keystore() != null
                ? SigningKey.load(settings.keystore(), settings.keystorePassword().toCharArray())
                : SelfSignedKey.loadOrCreate(settings.keysDirectory(), settings.issuer());
        TimeStamper tsa = settings.tsaUrl() == null ? null : new HttpTimeStamper(settings.tsaUrl(), settings.tsaTimeout());
        return new PdfSigner(key, tsa, settings.issuer(), Clock.system(ReportNumbers.ZONE));
    }

    /** The certificate reports are signed with; {@link ReportVerifier} recognises it as ours. */
    public X509Certificate certificate() {
        return key.certificate();
    }

    /** A verifier that knows this signer's certificate. */
    public ReportVerifier verifier() {
        return new ReportVerifier(certificate());
    }

    /**
     * The signed PDF.
     *
     * @throws IOException if the PDF cannot be read, or a configured TSA fails: a report promised
     *     with a trusted timestamp is not issued without one
     */
    public byte[] sign(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason("公共信用信息报告电子签名");
            signature.setSignDate(GregorianCalendar.from(clock.instant().atZone(clock.getZone())));
            options.setPreferredSignatureSize(reservedBytes);
            doc.addSignature(signature, content -> cades.sign(content.readAllBytes()), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * reservedBytes + 4096);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static int encodedLength(X509Certificate c) {
        try {
            return c.getEncoded().length;
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalArgumentException("the signing certificate cannot be encoded", e);
        }
    }
}
