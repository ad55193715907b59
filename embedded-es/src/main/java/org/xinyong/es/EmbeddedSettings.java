package org.xinyong.es;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.xinyong.core.settings.Config;
import org.xinyong.core.settings.Homes;
import org.xinyong.core.settings.SettingsException;

/**
 * Settings of the embedded Elasticsearch.
 *
 * @param home the data home; the server lives in {@code home/es}
 * @param port HTTP port on 127.0.0.1, or 0 for a free one (remembered per home)
 * @param heap JVM heap, e.g. {@code 1g} or {@code 512m}
 * @param javaHome the JDK the server runs on (ES_JAVA_HOME, else the JDK running us)
 * @param user the unprivileged system user the server runs as when we are root
 * @param distribution the distribution zip, if not the one in the Maven repository
 */
public record EmbeddedSettings(Path home, int port, String heap, Duration startTimeout, Path javaHome,
                               String user, Optional<Path> distribution) {

    public EmbeddedSettings {
        if (!heap.matches("\\d+[mMgG]")) {
            throw new SettingsException("xinyong.es.heap was '" + heap + "'; use a size like 512m or 1g");
        }
        if (!user.matches("[a-z_][a-z0-9_-]{0,31}")) {
            throw new SettingsException("xinyong.es.user was '" + user + "'; use a lower-case system user name");
        }
    }

    public static EmbeddedSettings from(Config config) {
        Path home = Homes.dataHome(config);
        Path javaHome = config.find("es.java.home").map(Path::of)
                .orElse(Path.of(System.getProperty("java.home")));
        return new EmbeddedSettings(home,
                config.integer("xinyong.es.port", 0, 65535),
                config.string("xinyong.es.heap"),
                config.duration("xinyong.es.start.timeout"),
                javaHome,
                config.string("xinyong.es.user"),
                config.find("xinyong.es.dist").map(Path::of));
    }

    public EmbeddedSettings withHome(Path newHome) {
        return new EmbeddedSettings(newHome, port, heap, startTimeout, javaHome, user, distribution);
    }
}
