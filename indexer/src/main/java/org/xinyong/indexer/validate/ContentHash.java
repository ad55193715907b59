package org.xinyong.indexer.validate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.xinyong.core.model.CreditRecord;

/**
 * A hash over a record's business fields, so a re-load can tell an unchanged record from an
 * updated one without comparing documents. Left out: the id and source key (derived from the
 * fields), the feed's name (a renamed file changes nothing), and the loader's timestamps.
 *
 * <p>Every other record component is included, by name, so a field added to {@link CreditRecord}
 * later is covered without touching this class. Hashing the components directly rather than a
 * JSON rendering keeps this off the profile (it was a fifth of parse time).
 */
public final class ContentHash {
    private static final Set<String> EXCLUDED = Set.of("id", "sourceKey", "source", "contentHash", "updatedAt");
    private static final List<Method> ACCESSORS = accessors();
    /** Looking a digest up per record showed in profiles; one per thread, reset by digest(). */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(ContentHash::sha256);

    private ContentHash() {
    }

    public static String of(CreditRecord record) {
        StringBuilder text = new StringBuilder(512);
        for (Method accessor : ACCESSORS) {
            Object value = get(accessor, record);
            if (value == null) {
                continue;
            }
            text.append(accessor.getName()).append('\u001f');
            if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                    text.append(e.getKey()).append('\u001d').append(e.getValue()).append('\u001c');
                }
            } else {
                text.append(value);
            }
            text.append('\u001e');
        }
        MessageDigest sha = SHA256.get();
        return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private static List<Method> accessors() {
        List<Method> out = new ArrayList<>();
        for (RecordComponent c : CreditRecord.class.getRecordComponents()) {
            if (!EXCLUDED.contains(c.getName())) {
                out.add(c.getAccessor());
            }
        }
        return List.copyOf(out);
    }

    private static Object get(Method accessor, CreditRecord record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("record accessors are public and cannot fail", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
