package org.xinyong.report.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;
import org.xinyong.report.ReportNumbers;
import org.xinyong.report.pdf.ReportRenderer;

/**
 * Checks an uploaded report: is it a PDF, is it signed, is the signature intact (its byte range
 * covers the whole file except the signature value, the CMS message digest is the SHA-256 of those
 * bytes, and the CMS signature verifies with the embedded certificate), and is the certificate
 * ours. Never throws: whatever the bytes, the answer is a {@link VerificationResult}.
 *
 * <p>Parsing is PDFBox's, so the caller must bound the upload size. Thread-safe.
 */
public final class ReportVerifier {
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Where a PDF's header and end marker may sit (ISO 32000 allows leading and trailing junk). */
    private static final int SLACK = 1024;

    private final byte[] ourCertificate;

    public ReportVerifier(X509Certificate ours) {
        try {
            this.ourCertificate = ours.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("our certificate cannot be encoded", e);
        }
    }

    public VerificationResult verify(byte[] file) {
        String sha256 = HexFormat.of().formatHex(CadesSignature.sha256(file));
        if (indexOf(file, HEADER, 0, Math.min(file.length, SLACK)) < 0) {
            return VerificationResult.notPdf(sha256, "not a PDF: the file does not start with %PDF-");
        }
        if (indexOf(file, EOF, Math.max(0, file.length - SLACK), file.length) < 0) {
            return VerificationResult.notPdf(sha256, "not a PDF: the file is truncated (no %%EOF at its end)");
        }
        try (PDDocument doc = Loader.loadPDF(file)) {
            return check(doc, file, sha256);
        } catch (Exception | StackOverflowError e) {
            // a crafted or damaged file may fail anywhere inside the parser; the answer is the same
            return VerificationResult.notPdf(sha256, "not a PDF: the file cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private VerificationResult check(PDDocument doc, byte[] file, String sha256) throws IOException {
        String number = doc.getDocumentInformation().getCustomMetadataValue(ReportRenderer.NUMBER_KEY);
        number = ReportNumbers.isValid(number) ? number : null;
        List<PDSignature> signatures = doc.getSignatureDictionaries();
        if (signatures.isEmpty()) {
            return new VerificationResult(true, false, false, false, sha256, number, null, null, null,
                    "the PDF carries no signature");
        }
        // the signature that ends last is the one that must cover the whole file
        PDSignature sig = signatures.stream()
                .filter(s -> s.getByteRange() != null && s.getByteRange().length == 4)
                .max((a, b) -> Long.compare(end(a), end(b))).orElse(signatures.get(0));
        Instant signedAt = sig.getSignDate() == null ? null : sig.getSignDate().toInstant();
        Found found = new Found(number, sha256, signedAt);
        int[] range = sig.getByteRange();
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[3] < 0) {
            return found.broken(null, false, "the signature's byte range is malformed");
        }
        if ((long) range[2] + range[3] != file.length) {
            return found.broken(null, false, "the file was changed after signing: the signature does not cover its end");
        }
        byte[] cms = contents(file, range[1], range[2]);
        if (cms == null) {
            return found.broken(null, false, "the signed range leaves out more than the signature value");
        }
        byte[] signedBytes = new byte[range[1] + range[3]];
        System.arraycopy(file, 0, signedBytes, 0, range[1]);
        System.arraycopy(file, range[2], signedBytes, range[1], range[3]);
        return checkCms(cms, signedBytes, found);
    }

    private VerificationResult checkCms(byte[] cms, byte[] signedBytes, Found found) {
        SignerInformation signer;
        X509CertificateHolder cert;
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedBytes), cms);
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return found.broken(null, false, "the signature has " + signers.size() + " signers; ours has one");
            }
            signer = signers.iterator().next();
            cert = certificateOf(data.getCertificates(), signer.getSID());
            if (cert == null) {
                return found.broken(null, false, "the signing certificate is not embedded in the signature");
            }
        } catch (Exception e) {
            return found.broken(null, false, "the signature value is not a CMS signature");
        }
        boolean ours = Arrays.equals(encoded(cert), ourCertificate);
        String signerName = cert.getSubject().toString();
        if (!NISTObjectIdentifiers.id_sha256.getId().equals(signer.getDigestAlgOID())) {
            return found.broken(signerName, ours, "the signature uses digest " + signer.getDigestAlgOID() + ", not SHA-256");
        }
        Attribute digest = signer.getSignedAttributes() == null ? null
                : signer.getSignedAttributes().get(CMSAttributes.messageDigest);
        if (digest == null || !Arrays.equals(ASN1OctetString.getInstance(digest.getAttrValues().getObjectAt(0)).getOctets(),
                CadesSignature.sha256(signedBytes))) {
            return found.broken(signerName, ours, "the document was changed after signing: its digest does not match");
        }
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))) {
                return found.broken(signerName, ours, "the signature does not verify with its certificate");
            }
        } catch (Exception e) {
            return found.broken(signerName, ours, "the signature does not verify with its certificate");
        }
        Instant stamped = timestamp(signer);
        String detail = ours ? "signed by us and unchanged since" : "intact, but signed by someone else: " + signerName;
        return new VerificationResult(true, true, true, ours, found.sha256, found.number, signerName, found.signedAt,
                stamped, detail);
    }

    /** The TSA's time, if a signature-time-stamp is present, matches this signature and verifies. */
    private static Instant timestamp(SignerInformation signer) {
        if (signer.getUnsignedAttributes() == null) {
            return null;
        }
        Attribute attr = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attr == null) {
            return null;
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(ContentInfo.getInstance(attr.getAttrValues().getObjectAt(0))));
            if (!Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(), CadesSignature.sha256(signer.getSignature()))) {
                return null;
            }
            X509CertificateHolder tsaCert = certificateOf(token.getCertificates(), token.getSID());
            if (tsaCert == null) {
                return null;
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCert));
            return token.getTimeStampInfo().getGenTime().toInstant();
        } catch (Exception e) {
            return null;
        }
    }

    /** The CMS bytes if the gap is exactly {@code <hex>}; null if it holds anything else. */
    private static byte[] contents(byte[] file, int from, int to) throws IOException {
        if (file[from] != '<' || file[to - 1] != '>' || (to - from) % 2 != 0) {
            return null;
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (Character.digit(file[i], 16) < 0) {
                return null;
            }
        }
        byte[] padded = HexFormat.of().parseHex(new String(file, from + 1, to - from - 2, StandardCharsets.US_ASCII));
        // the reserved space is zero-padded after the DER; keep exactly one DER object
        try (ASN1InputStream in = new ASN1InputStream(padded)) {
            return in.readObject().getEncoded();
        }
    }

    /** By hand, because BouncyCastle's SignerId is a raw Selector and getMatches(sid) is unchecked. */
    private static X509CertificateHolder certificateOf(Store<X509CertificateHolder> store, SignerId sid) {
        for (X509CertificateHolder holder : store.getMatches(null)) {
            if (sid.match(holder)) {
                return holder;
            }
        }
        return null;
    }

    private static long end(PDSignature s) {
        int[] r = s.getByteRange();
        return (long) r[2] + r[3];
    }

    private static byte[] encoded(X509CertificateHolder cert) {
        try {
            return cert.getEncoded();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static int indexOf(byte[] data, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** What is known before the CMS is looked at. */
    private record Found(String number, String sha256, Instant signedAt) {
        VerificationResult broken(String signer, boolean ours, String detail) {
            return new VerificationResult(true, true, false, ours, sha256, number, signer, signedAt, null, detail);
        }
    }
}
