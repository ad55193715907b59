package org.xinyong.report.sign;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The detached CMS signature a PAdES baseline signature (ETSI EN 319 142-1, SubFilter
 * ETSI.CAdES.detached) carries: signed attributes content-type, message-digest and
 * signing-certificate-v2 (which binds the signer's certificate into what is signed), and no
 * signing-time (PAdES puts the claimed time in the signature dictionary's /M). With a TSA, a
 * signature-time-stamp unsigned attribute makes it B-T.
 */
final class CadesSignature {
    private final SigningKey key;
    private final TimeStamper tsa;
    private final DigestCalculatorProvider digests;
    private final JcaCertStore certificates;
    private final Attribute signingCertificate;
    /**
     * BouncyCastle signs ECDSA P-256 in half the time of the JDK's SunEC; RSA stays with the JDK,
     * which is the faster there. An instance of our own, never registered: the rest of the process
     * keeps its providers as they are.
     */
    private final BouncyCastleProvider bouncyCastle = new BouncyCastleProvider();

    CadesSignature(SigningKey key, TimeStamper tsa) throws IOException {
        this.key = key;
        this.tsa = tsa;
        try {
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
            this.certificates = new JcaCertStore(key.chain());
            this.signingCertificate = signingCertificateV2(key.certificate());
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IOException("cannot prepare report signing: " + e.getMessage(), e);
        }
    }

    /** DER of the CMS SignedData over {@code content}, without the content (detached). */
    byte[] sign(byte[] content) throws IOException {
        try {
            JcaContentSignerBuilder builder = new JcaContentSignerBuilder(key.signatureAlgorithm());
            if ("EC".equals(key.privateKey().getAlgorithm())) {
                builder.setProvider(bouncyCastle);
            }
            ContentSigner signer = builder.build(key.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests)
                    .setSignedAttributeGenerator(this::signedAttributes)
                    .build(signer, key.certificate()));
            generator.addCertificates(certificates);
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            if (tsa != null) {
                signed = withTimestamp(signed);
            }
            return signed.getEncoded("DER");
        } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
            throw new IOException("cannot sign the report: " + e.getMessage(), e);
        }
    }

    private AttributeTable signedAttributes(Map<?, ?> params) {
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new Attribute(CMSAttributes.contentType,
                new DERSet((ASN1ObjectIdentifier) params.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
        v.add(new Attribute(CMSAttributes.messageDigest,
                new DERSet(new DEROctetString((byte[]) params.get(CMSAttributeTableGenerator.DIGEST)))));
        v.add(signingCertificate);
        return new AttributeTable(v);
    }

    /** The TSA's token over the signature value, as the signature-time-stamp attribute (RFC 3161 App. A). */
    private CMSSignedData withTimestamp(CMSSignedData signed) throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = tsa.timestamp(sha256(signer.getSignature()));
        Attribute stamp = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token)));
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        unsigned.add(stamp);
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    private static Attribute signingCertificateV2(X509Certificate cert) throws GeneralSecurityException {
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))),
                cert.getSerialNumber());
        // ESSCertIDv2 defaults to SHA-256, which is what we hash with
        ESSCertIDv2 id = new ESSCertIDv2(sha256(cert.getEncoded()), issuerSerial);
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(id)));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
