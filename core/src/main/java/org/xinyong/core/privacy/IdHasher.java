package org.xinyong.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash of a resident ID, so the index can find a person by a full ID number without storing
 * it. A plain SHA-256 would not do: the ID space (region × birth date × sequence) is small enough
 * to enumerate, so the key (a pepper from the environment) is what keeps the hash one-way.
 */
public final class IdHasher {
    private final SecretKeySpec key;

    public IdHasher(String pepper) {
        if (pepper == null || pepper.length() < 16) {
            throw new IllegalArgumentException("the ID pepper must have at least 16 characters");
        }
        this.key = new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(String normalizedId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalizedId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The subject key of a natural person: the hash, prefixed so it never collides with a code. */
    public String subjectKey(String normalizedId) {
        return "P" + hash(normalizedId).substring(0, 32);
    }

    @Override
    public String toString() {
        return "IdHasher[key=***]";
    }
}
