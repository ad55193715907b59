package org.xinyong.es;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinyong.core.settings.Homes;

/**
 * Elasticsearch refuses to run as root. When the launcher is root, the server runs as an
 * unprivileged system user (created if missing) that owns the server's directories; otherwise it
 * runs as whoever runs the launcher.
 */
final class ServerUser {
    private static final Logger LOG = LoggerFactory.getLogger(ServerUser.class);

    private final String name;
    private final boolean switchUser;

    private ServerUser(String name, boolean switchUser) {
        this.name = name;
        this.switchUser = switchUser;
    }

    static ServerUser forLauncher(String configuredUser) {
        return Homes.isRoot() ? new ServerUser(configuredUser, true) : new ServerUser(System.getProperty("user.name"), false);
    }

    String name() {
        return name;
    }

    /** Creates the system user if needed and hands it the server's directories. */
    void prepare(EsLayout layout) {
        if (!switchUser) {
            return;
        }
        if (run(List.of("id", "-u", name)) != 0) {
            LOG.info("Creating system user '{}' to run Elasticsearch (it refuses to run as root)", name);
            int rc = run(List.of("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                    "--shell", "/usr/sbin/nologin", name));
            if (rc != 0 && run(List.of("id", "-u", name)) != 0) {
                throw new EmbeddedEsException("cannot create the system user '" + name
                        + "' to run Elasticsearch (useradd exit " + rc + "); create it, or run as a normal user");
            }
        }
        checkReachable(layout.root());
        if (!ownedBy(layout.root())) {
            if (run(List.of("chown", "-R", name + ":", layout.root().toString())) != 0) {
                throw new EmbeddedEsException("cannot give " + layout.root() + " to user '" + name + "' (chown failed)");
            }
        }
    }

    /** The command prefix that runs a program as the server user: setpriv execs in place, no extra process. */
    List<String> commandPrefix() {
        if (!switchUser) {
            return List.of();
        }
        return List.of("setpriv", "--reuid=" + name, "--regid=" + name, "--init-groups", "--");
    }

    /** Every directory above the server's must let the server user pass, or it cannot even start. */
    private void checkReachable(Path dir) {
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            try {
                PosixFileAttributes attrs = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!attrs.permissions().contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new EmbeddedEsException("the Elasticsearch user '" + name + "' cannot enter " + p
                            + " (mode " + java.nio.file.attribute.PosixFilePermissions.toString(attrs.permissions())
                            + "); set XINYONG_HOME to a directory outside it, e.g. /var/lib/xinyong");
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private boolean ownedBy(Path dir) {
        try {
            return Files.getOwner(dir).getName().equals(name)
                    && Files.getOwner(dir.resolve("dist")).getName().equals(name)
                    && Files.getOwner(dir.resolve("data")).getName().equals(name);
        } catch (IOException e) {
            return false;
        }
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
