package org.xinyong.report.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The private key reports are signed with and its certificate chain, signing certificate first. */
record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs at least its own certificate");
        }
    }

    X509Certificate certificate() {
        return chain.get(0);
    }

    /** JCA name of the signature algorithm that fits the key. */
    String signatureAlgorithm() {
        return switch (privateKey.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalStateException("signing keys must be RSA or EC, not " + privateKey.getAlgorithm());
        };
    }

    /** The first key entry of a PKCS#12 file. */
    static SigningKey load(Path file, char[] password) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("report signing keystore " + file + " does not exist or cannot be read");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate c : store.getCertificateChain(alias)) {
                        chain.add((X509Certificate) c);
                    }
                    return new SigningKey((PrivateKey) store.getKey(alias, password), chain);
                }
            }
            throw new IOException("report signing keystore " + file + " holds no private key entry");
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read report signing keystore " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
                throw new IOException("wrong password for report signing keystore " + file
                        + " (xinyong.report.keystore.password / XINYONG_REPORT_KEYSTORE_PASSWORD)", e);
            }
            throw e;
        }
    }
}
