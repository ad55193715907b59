package org.xinyong.core.es;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Document ids derived from where a record came from and its natural key, so loading the same
 * file twice writes the same documents and a corrected row replaces its earlier version.
 */
public final class StableIds {
    private StableIds() {
    }

    /** 24 hex characters (96 bits) of SHA-256 over the parts, separated so "ab"+"c" ≠ "a"+"bc". */
    public static String of(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
