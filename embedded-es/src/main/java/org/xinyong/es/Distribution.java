package org.xinyong.es;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch distribution, which comes from Maven Central and nowhere else: the build puts
 * it into the local Maven repository, where we find it; failing that we download it from Central
 * and check it against Central's SHA-1. It is unpacked once per version into the data home.
 */
final class Distribution {
    private static final Logger LOG = LoggerFactory.getLogger(Distribution.class);
    private static final String CENTRAL = "https://repo1.maven.org/maven2/";

    private final String group;
    private final String artifact;
    private final String version;

    private Distribution(String group, String artifact, String version) {
        this.group = group;
        this.artifact = artifact;
        this.version = version;
    }

    /** The distribution this build was made for (see distribution.properties). */
    static Distribution bundled() {
        Properties p = new Properties();
        try (InputStream in = Distribution.class.getResourceAsStream("distribution.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("distribution.properties is missing from the embedded-es jar", e);
        }
        return new Distribution(p.getProperty("group"), p.getProperty("artifact"), p.getProperty("version"));
    }

    String version() {
        return version;
    }

    private String repositoryPath() {
        return group.replace('.', '/') + "/" + artifact + "/" + version + "/" + artifact + "-" + version + ".zip";
    }

    /** The zip: the configured one, the local Maven repository's, or a fresh download into the home. */
    Path locate(Optional<Path> configured, Path home) {
        if (configured.isPresent()) {
            if (!Files.isRegularFile(configured.get())) {
                throw new EmbeddedEsException("xinyong.es.dist names " + configured.get() + ", which does not exist");
            }
            return configured.get();
        }
        Path repo = Path.of(System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        Path local = repo.resolve(repositoryPath());
        if (Files.isRegularFile(local)) {
            return local;
        }
        Path downloaded = home.resolve("es").resolve("download").resolve(artifact + "-" + version + ".zip");
        if (!Files.isRegularFile(downloaded)) {
            download(downloaded);
        }
        return downloaded;
    }

    private void download(Path target) {
        String url = CENTRAL + repositoryPath();
        LOG.info("Downloading Elasticsearch {} from Maven Central ({}), about 110 MB, once", version, url);
        try {
            Files.createDirectories(target.getParent());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            String expectedSha1 = http.send(HttpRequest.newBuilder(URI.create(url + ".sha1")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().trim().split("\\s+")[0];
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            HttpResponse<Path> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() != 200) {
                throw new EmbeddedEsException("Maven Central answered " + response.statusCode() + " for " + url);
            }
            String actual = sha1(partial);
            if (!actual.equalsIgnoreCase(expectedSha1)) {
                Files.deleteIfExists(partial);
                throw new EmbeddedEsException("the downloaded Elasticsearch zip has SHA-1 " + actual
                        + " but Maven Central says " + expectedSha1 + "; try again");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EmbeddedEsException("cannot download Elasticsearch from Maven Central (" + e.getMessage()
                    + "); run 'mvn -q -DskipTests install' with network access, or set xinyong.es.dist");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedEsException("interrupted while downloading Elasticsearch");
        }
    }

    /**
     * Unpacks the zip into {@code layout.distribution()} unless already there. Unpacks into a
     * sibling temporary directory and renames, so a crash never leaves a half-unpacked server.
     */
    void unpack(Path zip, EsLayout layout) {
        Path target = layout.distribution();
        if (Files.isRegularFile(target.resolve("bin").resolve("elasticsearch"))) {
            return;
        }
        LOG.info("Unpacking Elasticsearch {} into {}", version, target);
        Path temp = target.resolveSibling(target.getFileName() + ".unpacking");
        try {
            Files.createDirectories(target.getParent());
            FileOps.deleteRecursively(temp);
            try (ZipFile file = new ZipFile(zip.toFile())) {
                String top = "elasticsearch-" + version + "/";
                Enumeration<? extends ZipEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName().startsWith(top) ? entry.getName().substring(top.length()) : entry.getName();
                    if (name.isEmpty()) {
                        continue;
                    }
                    Path out = temp.resolve(name).normalize();
                    if (!out.startsWith(temp)) {
                        throw new EmbeddedEsException("the Elasticsearch zip has an entry outside its folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                        continue;
                    }
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    // java.util.zip drops Unix modes; the scripts and native tools are what must run
                    if (name.contains("bin/")) {
                        Files.setPosixFilePermissions(out, Set.of(PosixFilePermission.OWNER_READ,
                                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
                    }
                }
            }
            Files.createDirectories(temp.resolve("plugins"));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            FileOps.deleteQuietly(temp);
            if (FileOps.isDiskFull(e)) {
                throw new EmbeddedEsException("disk full: cannot unpack Elasticsearch into " + target.getParent());
            }
            throw new EmbeddedEsException("cannot unpack " + zip + ": " + e.getMessage());
        }
    }

    static String sha1(Path file) throws IOException {
        return digest(file, "SHA-1");
    }

    static String sha256(InputStream in) throws IOException {
        return digest(in, "SHA-256");
    }

    private static String digest(Path file, String algorithm) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return digest(in, algorithm);
        }
    }

    private static String digest(InputStream in, String algorithm) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
