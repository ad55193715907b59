package org.xinyong.report.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinyong.core.model.Subject;
import org.xinyong.report.CreditReport;
import org.xinyong.report.PdfTools;
import org.xinyong.report.ReportAssembler;
import org.xinyong.report.ReportNumbers;
import org.xinyong.report.ReportSettings;
import org.xinyong.report.SampleData;
import org.xinyong.report.pdf.ReportRenderer;

class PdfSignerTest {
    @TempDir
    static Path home;
    private static PdfSigner signer;
    private static CreditReport report;
    private static byte[] unsigned;
    private static byte[] signed;

    @BeforeAll
    static void signOne() throws Exception {
        signer = PdfSigner.create(settings(home.resolve("keys"), null, null, null));
        Subject s = SampleData.company("南通签名测试有限公司", 77);
        report = new ReportAssembler().assemble(s, SampleData.typical(s, 20), SampleData.context(new ReportNumbers()));
        unsigned = ReportRenderer.create().render(report);
        signed = signer.sign(unsigned);
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/signed.pdf"), signed);
    }

    static ReportSettings settings(Path keys, Path keystore, String password, java.net.URI tsa) {
        return new ReportSettings(keystore, password, keys, tsa, Duration.ofSeconds(10), SampleData.ISSUER,
                "https://credit.example.cn");
    }

    @Test
    void sign_pdfsigReportsAValidSignatureOverTheWholeDocument() throws Exception {
        String out = PdfTools.pdfsig(signed);
        assertTrue(out.contains("Signature is Valid"), out);
        assertTrue(out.contains("Total document signed"), out);
        assertTrue(out.contains("ETSI.CAdES.detached"), out);
    }

    @Test
    void verify_signedReport_isValidOursAndNamesItsNumber() throws Exception {
        VerificationResult r = signer.verifier().verify(signed);
        assertTrue(r.valid(), r.detail());
        assertEquals(report.header().number(), r.reportNumber());
        assertEquals(sha256(signed), r.sha256());
        assertNotNull(r.signedAt());
        assertNull(r.timestampedAt());
        assertTrue(r.signer().contains(SampleData.ISSUER));
    }

    @Test
    void sign_oneByteChangedInsideTheSignedRange_pdfsigAndVerifierReject() throws Exception {
        byte[] tampered = signed.clone();
        // a byte of the first stream's data: the file still parses, only the content differs
        int at = indexOf(tampered, "stream\n".getBytes(StandardCharsets.US_ASCII)) + 20;
        assertTrue(at > 20 && at < signedRange(signed)[1]);
        tampered[at] ^= 0x01;

        String out = PdfTools.pdfsig(tampered);
        assertFalse(out.contains("Signature is Valid"), out);
        assertTrue(out.contains("Digest Mismatch") || out.contains("Signature is Invalid"), out);

        VerificationResult r = signer.verifier().verify(tampered);
        assertTrue(r.pdf() && r.signed() && r.ours());
        assertFalse(r.intact(), r.detail());
        assertFalse(r.valid());
    }

    @Test
    void verify_updateAppendedAfterSigning_isNotIntact() {
        byte[] longer = Arrays.copyOf(signed, signed.length + 40);
        byte[] update = "\n1 0 obj\n(forged)\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(update, 0, longer, signed.length, update.length);
        VerificationResult r = signer.verifier().verify(Arrays.copyOf(longer, signed.length + update.length));
        assertFalse(r.intact());
        assertTrue(r.detail().contains("after signing"), r.detail());
    }

    @Test
    void verify_garbageTruncatedAndUnsigned_neverThrow() {
        ReportVerifier v = signer.verifier();
        assertFalse(v.verify(new byte[0]).pdf());
        assertFalse(v.verify("hello, not a pdf".getBytes(StandardCharsets.UTF_8)).pdf());
        VerificationResult truncated = v.verify(Arrays.copyOf(signed, signed.length / 2));
        assertFalse(truncated.pdf());
        assertTrue(truncated.detail().startsWith("not a PDF"), truncated.detail());
        byte[] junk = new byte[4096];
        new java.util.Random(1).nextBytes(junk);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 9);
        System.arraycopy("%%EOF".getBytes(StandardCharsets.US_ASCII), 0, junk, 4090, 5);
        assertFalse(v.verify(junk).valid());
        VerificationResult plain = v.verify(unsigned);
        assertTrue(plain.pdf());
        assertFalse(plain.signed());
        assertEquals(report.header().number(), plain.reportNumber());
    }

    @Test
    void verify_reportSignedBySomeoneElse_isIntactButNotOurs(@TempDir Path other) throws Exception {
        PdfSigner stranger = PdfSigner.create(settings(other, null, null, null));
        VerificationResult r = signer.verifier().verify(stranger.sign(unsigned));
        assertTrue(r.intact(), r.detail());
        assertFalse(r.ours());
        assertFalse(r.valid());
    }

    @Test
    void sign_cmsHasPadesAttributes_signingCertificateV2AndNoSigningTime() throws Exception {
        SignerInformation si = cmsSigner(signed);
        Attribute v2 = si.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        assertNotNull(v2);
        byte[] hash = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0].getCertHash();
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(signer.certificate().getEncoded()), hash);
        assertNull(si.getSignedAttributes().get(CMSAttributes.signingTime), "PAdES puts the time in /M, not in the CMS");
        assertNotNull(si.getSignedAttributes().get(CMSAttributes.contentType));
        assertNotNull(si.getSignedAttributes().get(CMSAttributes.messageDigest));
    }

    @Test
    void create_withoutKeystore_keepsOneOwnerOnlyKeyAcrossRestarts() throws Exception {
        Path keys = home.resolve("keys");
        PdfSigner again = PdfSigner.create(settings(keys, null, null, null));
        assertEquals(signer.certificate(), again.certificate());
        if (keys.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", perms(keys.resolve(SelfSignedKey.KEYSTORE)));
            assertEquals("rw-------", perms(keys.resolve(SelfSignedKey.PASSWORD)));
            assertEquals("rwx------", perms(keys));
        }
    }

    @Test
    void create_withConfiguredKeystore_usesItsKey_andNamesAWrongPassword(@TempDir Path dir) throws Exception {
        SigningKey key = SelfSignedKey.generate("测试出具单位");
        Path p12 = dir.resolve("mine.p12");
        var store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("mine", key.privateKey(), "s3cret-pass".toCharArray(),
                key.chain().toArray(new java.security.cert.X509Certificate[0]));
        try (var out = Files.newOutputStream(p12)) {
            store.store(out, "s3cret-pass".toCharArray());
        }
        PdfSigner mine = PdfSigner.create(settings(dir.resolve("unused"), p12, "s3cret-pass", null));
        assertEquals(key.certificate(), mine.certificate());
        assertTrue(mine.verifier().verify(mine.sign(unsigned)).valid());
        IOException wrong = assertThrows(IOException.class,
                () -> PdfSigner.create(settings(dir.resolve("unused"), p12, "wrong", null)));
        assertTrue(wrong.getMessage().contains("password"), wrong.getMessage());
    }

    @Test
    void sign_withAnRsaKeystore_pdfsigReportsValid(@TempDir Path dir) throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        var name = new org.bouncycastle.asn1.x500.X500Name("CN=RSA 出具单位, C=CN");
        var cert = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
                new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(name, java.math.BigInteger.TEN,
                        new java.util.Date(System.currentTimeMillis() - 86_400_000L),
                        new java.util.Date(System.currentTimeMillis() + 86_400_000L), name, pair.getPublic())
                        .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        PdfSigner rsa = new PdfSigner(new SigningKey(pair.getPrivate(), java.util.List.of(cert)), null, "RSA",
                java.time.Clock.systemUTC());
        byte[] pdf = rsa.sign(unsigned);
        assertTrue(rsa.verifier().verify(pdf).valid());
        String out = PdfTools.pdfsig(pdf);
        assertTrue(out.contains("Signature is Valid"), out);
    }

    @Test
    void sign_withTsa_addsAVerifiableSignatureTimestamp() throws Exception {
        try (FakeTsa tsa = new FakeTsa()) {
            PdfSigner stamped = PdfSigner.create(settings(home.resolve("keys"), null, null, tsa.url()));
            byte[] pdf = stamped.sign(unsigned);
            assertEquals(1, tsa.issued());
            VerificationResult r = stamped.verifier().verify(pdf);
            assertTrue(r.valid(), r.detail());
            assertNotNull(r.timestampedAt());
            assertNotNull(cmsSigner(pdf).getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken));
            String out = PdfTools.pdfsig(pdf);
            assertTrue(out.contains("Signature is Valid"), out);
        }
    }

    @Test
    void sign_tsaUnreachable_fails() throws Exception {
        PdfSigner stamped = PdfSigner.create(settings(home.resolve("keys"), null, null,
                java.net.URI.create("http://127.0.0.1:9/tsa")));
        assertThrows(IOException.class, () -> stamped.sign(unsigned));
    }

    private static SignerInformation cmsSigner(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = doc.getLastSignatureDictionary();
            CMSSignedData cms = new CMSSignedData(sig.getContents());
            return cms.getSignerInfos().getSigners().iterator().next();
        }
    }

    private static int[] signedRange(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getLastSignatureDictionary().getByteRange();
        }
    }

    private static String perms(Path p) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
