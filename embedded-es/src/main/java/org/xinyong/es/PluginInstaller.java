package org.xinyong.es;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs our analysis plugin (bundled in this jar by the build) into the unpacked server. A
 * stable plugin is a folder of jars with its descriptor; unpacking it is what
 * {@code elasticsearch-plugin install} does, minus a JVM start. Reinstalled when the bundled zip
 * changes, detected by its SHA-256.
 */
final class PluginInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(PluginInstaller.class);
    static final String PLUGIN_NAME = "xinyong-analysis";
    private static final String RESOURCE = "xinyong-analysis.zip";

    private PluginInstaller() {
    }

    static byte[] bundledZip() {
        try (InputStream in = PluginInstaller.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new EmbeddedEsException("the analysis plugin is missing from the embedded-es jar; rebuild with 'mvn -q -DskipTests install'");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new EmbeddedEsException("cannot read the bundled analysis plugin: " + e.getMessage());
        }
    }

    static String bundledSha256() {
        try {
            return Distribution.sha256(new ByteArrayInputStream(bundledZip()));
        } catch (IOException e) {
            throw new EmbeddedEsException("cannot read the bundled analysis plugin: " + e.getMessage());
        }
    }

    /** Installs the plugin if the installed one differs; returns the installed plugin's SHA-256. */
    static String install(EsLayout layout) {
        byte[] zip = bundledZip();
        String sha;
        try {
            sha = Distribution.sha256(new ByteArrayInputStream(zip));
        } catch (IOException e) {
            throw new EmbeddedEsException("cannot hash the analysis plugin: " + e.getMessage());
        }
        Path marker = layout.root().resolve("plugin.sha256");
        Path target = layout.plugins().resolve(PLUGIN_NAME);
        try {
            if (Files.isDirectory(target) && Files.isRegularFile(marker)
                    && Files.readString(marker, StandardCharsets.UTF_8).trim().equals(sha)) {
                return sha;
            }
            LOG.info("Installing the {} plugin into {}", PLUGIN_NAME, target);
            FileOps.deleteRecursively(target);
            Files.createDirectories(target);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    Path out = target.resolve(entry.getName()).normalize();
                    if (!out.startsWith(target)) {
                        throw new EmbeddedEsException("the plugin zip has an entry outside its folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.writeString(marker, sha, StandardCharsets.UTF_8);
            return sha;
        } catch (IOException e) {
            if (FileOps.isDiskFull(e)) {
                throw new EmbeddedEsException("disk full: cannot install the analysis plugin into " + target);
            }
            throw new EmbeddedEsException("cannot install the analysis plugin into " + target + ": " + e.getMessage());
        }
    }
}
