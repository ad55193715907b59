package org.xinyong.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xinyong.core.settings.SettingsException;

/**
 * API keys, stored only as SHA-256 hashes: one per line, {@code <sha256-hex> <role> <name>
 * [<binding>]}, where binding is the enterprise's 统一社会信用代码 or the authority's department.
 * Keys are long random strings ({@code ./xinyong apikey} makes one), so a plain hash is enough.
 */
public final class ApiKeys {
    private final Map<String, Caller> byHash;

    private ApiKeys(Map<String, Caller> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    public static ApiKeys none() {
        return new ApiKeys(Map.of());
    }

    /** Reads the key file (if configured) and the XINYONG_API_KEYS lines (separated by ';'). */
    public static ApiKeys load(String file, String inline) {
        Map<String, Caller> keys = new HashMap<>();
        if (file != null) {
            try {
                parse(Files.readAllLines(Path.of(file), StandardCharsets.UTF_8), file, keys);
            } catch (IOException e) {
                throw new SettingsException("xinyong.api.keys.file " + file + " cannot be read: " + e.getMessage());
            }
        }
        if (inline != null) {
            parse(List.of(inline.split(";")), "XINYONG_API_KEYS", keys);
        }
        return new ApiKeys(keys);
    }

    private static void parse(List<String> lines, String source, Map<String, Caller> into) {
        int n = 0;
        for (String line : lines) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+");
            if (parts.length < 3 || !parts[0].matches("[0-9a-f]{64}")) {
                throw new SettingsException(source + " line " + n + ": expected '<sha256-hex> <role> <name> [<binding>]'");
            }
            Caller.Role role;
            try {
                role = Caller.Role.valueOf(parts[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new SettingsException(source + " line " + n + ": role '" + parts[1] + "' is not bank, enterprise, authority or admin");
            }
            if (role == Caller.Role.ANONYMOUS) {
                // a key of role anonymous would be an anonymous caller without the anonymous rate limit
                throw new SettingsException(source + " line " + n + ": role '" + parts[1] + "' is not bank, enterprise, authority or admin");
            }
            if ((role == Caller.Role.ENTERPRISE || role == Caller.Role.AUTHORITY) && parts.length < 4) {
                throw new SettingsException(source + " line " + n + ": role " + parts[1] + " needs a binding (code or department)");
            }
            into.put(parts[0], new Caller(parts[2], role, parts.length > 3 ? Optional.of(parts[3]) : Optional.empty()));
        }
    }

    public Optional<Caller> find(String presentedKey) {
        return Optional.ofNullable(byHash.get(sha256(presentedKey)));
    }

    public int size() {
        return byHash.size();
    }

    public static String sha256(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
