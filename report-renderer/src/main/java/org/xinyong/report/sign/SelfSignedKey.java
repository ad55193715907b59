package org.xinyong.report.sign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signing key used when no keystore is configured: generated once into
 * {@code <home>/keys/report-signing.p12}, its random password in {@code report-signing.password}
 * beside it, both readable by the owner only. Reports stay verifiable across restarts because the
 * key persists; a production deployment configures its own certificate instead.
 */
final class SelfSignedKey {
    static final String KEYSTORE = "report-signing.p12";
    static final String PASSWORD = "report-signing.password";
    private static final Logger LOG = LoggerFactory.getLogger(SelfSignedKey.class);
    /** Long enough that nobody is surprised by an expiry; replace it with a real certificate instead. */
    private static final Duration VALIDITY = Duration.ofDays(3650);
    private static final Object IN_PROCESS = new Object();

    private SelfSignedKey() {
    }

    /** Loads the key from {@code dir}, creating it first if absent; safe against concurrent first starts. */
    static SigningKey loadOrCreate(Path dir, String issuer) throws IOException {
        synchronized (IN_PROCESS) {
            createPrivateDirectory(dir);
            try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                Path keystore = dir.resolve(KEYSTORE);
                Path password = dir.resolve(PASSWORD);
                if (Files.exists(keystore) && Files.exists(password)) {
                    return SigningKey.load(keystore, Files.readString(password, StandardCharsets.UTF_8).strip().toCharArray());
                }
                SigningKey key = generate(issuer);
                String secret = newPassword();
                writePrivate(password, secret.getBytes(StandardCharsets.UTF_8));
                writePrivate(keystore, pkcs12(key, secret.toCharArray()));
                LOG.info("generated a self-signed report signing certificate in {} (SHA-256 {}); set {} to sign with your own",
                        keystore, fingerprint(key.certificate()), "xinyong.report.keystore");
                return key;
            }
        }
    }

    static SigningKey generate(String issuer) throws IOException {
        try {
            // P-256: signs in half the time of RSA-2048 with a quarter of the bytes, and every PAdES
            // validator (Acrobat, poppler/NSS, EU DSS) accepts it
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            var name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, issuer).addRDN(BCStyle.CN, issuer + " 报告签名").build();
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()).abs(), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(VALIDITY)), name, pair.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), List.of(cert));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot generate a report signing key: " + e.getMessage(), e);
        }
    }

    private static byte[] pkcs12(SigningKey key, char[] password) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("report-signing", key.privateKey(), password,
                    key.chain().toArray(new X509Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write the report signing keystore: " + e.getMessage(), e);
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String fingerprint(X509Certificate cert) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Written to an owner-only temporary file and moved into place, so no reader sees half a file. */
    private static void writePrivate(Path target, byte[] content) throws IOException {
        Path tmp = posix()
                ? Files.createTempFile(target.getParent(), ".new-", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(target.getParent(), ".new-", ".tmp");
        try {
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
