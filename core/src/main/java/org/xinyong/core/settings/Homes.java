package org.xinyong.core.settings;

import java.nio.file.Path;

/**
 * The data home: where the embedded Elasticsearch, its data and logs, the report signing key and
 * run files live. {@code XINYONG_HOME} wins; otherwise {@code ~/.xinyong} for a normal user and
 * {@code /var/lib/xinyong} for root, because the unprivileged user Elasticsearch runs as when
 * started by root cannot enter root's home directory.
 */
public final class Homes {
    private Homes() {
    }

    public static Path dataHome(Config config) {
        return config.find("xinyong.home")
                .map(h -> Path.of(h.replace("~", System.getProperty("user.home"))))
                .orElseGet(Homes::defaultHome)
                .toAbsolutePath()
                .normalize();
    }

    public static Path defaultHome() {
        return isRoot() ? Path.of("/var/lib/xinyong") : Path.of(System.getProperty("user.home"), ".xinyong");
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
