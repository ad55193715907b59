package org.xinyong.core.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where settings come from, highest priority first: command-line flags, system properties
 * ({@code -Dxinyong.port=…}), environment variables, the file named by {@code XINYONG_CONFIG}, and
 * the documented defaults in {@code org/xinyong/core/defaults.properties}.
 *
 * <p>A key {@code xinyong.port} is read from the environment as {@code XINYONG_PORT}, and
 * {@code es.url} as {@code ES_URL}: upper case, dots to underscores. Typed settings records read
 * from here once at start-up; nothing reads the environment afterwards.
 */
public final class Config {

    private final Map<String, String> flags;
    private final Map<String, String> env;
    private final Properties system;
    private final Properties file;
    private final Properties defaults;

    private Config(Map<String, String> flags, Map<String, String> env, Properties system, Properties file) {
        this.flags = Map.copyOf(flags);
        this.env = Map.copyOf(env);
        this.system = system;
        this.file = file;
        this.defaults = loadDefaults();
    }

    /** The process configuration: flags given on the command line over the real environment. */
    public static Config load(Map<String, String> flags) {
        Properties system = new Properties();
        system.putAll(System.getProperties());
        return of(flags, System.getenv(), system);
    }

    /** A configuration from explicit sources, for tests and embedding. */
    public static Config of(Map<String, String> flags, Map<String, String> env, Properties system) {
        Properties file = new Properties();
        String configPath = env.get("XINYONG_CONFIG");
        if (configPath != null && !configPath.isBlank()) {
            try (Reader reader = Files.newBufferedReader(Path.of(configPath), StandardCharsets.UTF_8)) {
                file.load(reader);
            } catch (IOException e) {
                throw new SettingsException("XINYONG_CONFIG names " + configPath + ", which cannot be read: " + e.getMessage());
            }
        }
        return new Config(flags, env, system, file);
    }

    /** This configuration with more flags on top, e.g. a test's own index prefix. */
    public Config with(Map<String, String> moreFlags) {
        Map<String, String> merged = new HashMap<>(flags);
        merged.putAll(moreFlags);
        Config config = new Config(merged, env, system, file);
        return config;
    }

    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The value, or empty when unset or blank anywhere. */
    public Optional<String> find(String key) {
        String v = flags.get(key);
        if (isBlank(v)) {
            v = system.getProperty(key);
        }
        if (isBlank(v)) {
            v = env.get(envName(key));
        }
        if (isBlank(v)) {
            v = file.getProperty(key);
        }
        if (isBlank(v)) {
            v = defaults.getProperty(key);
        }
        return isBlank(v) ? Optional.empty() : Optional.of(v.trim());
    }

    public String string(String key) {
        return find(key).orElseThrow(() -> new SettingsException(
                "setting " + key + " is required: set " + envName(key) + " or --" + key.replace('.', '-')));
    }

    public int integer(String key, int min, int max) {
        String raw = string(key);
        try {
            int v = Integer.parseInt(raw);
            if (v < min || v > max) {
                throw new SettingsException(key + " was " + v + "; it must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new SettingsException(key + " was '" + raw + "'; it must be a whole number");
        }
    }

    public long longValue(String key, long min, long max) {
        String raw = string(key);
        try {
            long v = Long.parseLong(raw);
            if (v < min || v > max) {
                throw new SettingsException(key + " was " + v + "; it must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new SettingsException(key + " was '" + raw + "'; it must be a whole number");
        }
    }

    public boolean bool(String key) {
        String raw = string(key).toLowerCase(Locale.ROOT);
        return switch (raw) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new SettingsException(key + " was '" + raw + "'; use true or false");
        };
    }

    /** Durations as {@code 30s}, {@code 5m}, {@code 2h}, {@code 250ms} or ISO-8601 ({@code PT30S}). */
    public Duration duration(String key) {
        String raw = string(key);
        try {
            if (raw.startsWith("P") || raw.startsWith("p")) {
                return Duration.parse(raw);
            }
            if (raw.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(raw.substring(0, raw.length() - 2)));
            }
            long n = Long.parseLong(raw.substring(0, raw.length() - 1));
            return switch (raw.charAt(raw.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new SettingsException(key + " was '" + raw + "'; use a duration like 30s, 5m, 2h or 250ms");
        }
    }

    /** Home-relative paths: a relative value is resolved against {@code base}. */
    public Path path(String key, Path base) {
        Path p = Path.of(string(key).replace("~", System.getProperty("user.home")));
        return p.isAbsolute() ? p : base.resolve(p);
    }

    private static boolean isBlank(String v) {
        return v == null || v.isBlank();
    }

    private static Properties loadDefaults() {
        Properties p = new Properties();
        try (InputStream in = Config.class.getResourceAsStream("/org/xinyong/core/defaults.properties")) {
            if (in == null) {
                throw new IllegalStateException("defaults.properties is missing from the core jar");
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read defaults.properties", e);
        }
        return p;
    }
}
