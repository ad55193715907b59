package org.xinyong.report;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.xinyong.core.settings.Config;
import org.xinyong.core.settings.Homes;
import org.xinyong.core.settings.SettingsException;

/**
 * Settings of report signing and issuing. Core's defaults file does not list these keys (this
 * module owns them), so their defaults live here and in this module's README.
 *
 * @param keystore a PKCS#12 file with the signing key and its certificate chain, or null to use
 *     (and on first use create) a self-signed key in {@code keysDirectory}
 * @param keystorePassword the keystore's password; required with {@code keystore}
 * @param keysDirectory where the self-signed key lives: {@code <data home>/keys}
 * @param tsaUrl an RFC 3161 time-stamping service, or null for no signature timestamp
 * @param tsaTimeout how long one timestamp request may take before signing fails
 * @param issuer 出具单位: printed on every report, in the seal and in the self-signed certificate
 * @param publicUrl the service's public base URL: QR codes point to {@code <publicUrl>/verify}
 */
public record ReportSettings(
        Path keystore,
        String keystorePassword,
        Path keysDirectory,
        URI tsaUrl,
        Duration tsaTimeout,
        String issuer,
        String publicUrl) {

    public static final String KEYSTORE = "xinyong.report.keystore";
    public static final String KEYSTORE_PASSWORD = "xinyong.report.keystore.password";
    public static final String TSA_URL = "xinyong.report.tsa.url";
    public static final String TSA_TIMEOUT = "xinyong.report.tsa.timeout";
    public static final String ISSUER = "xinyong.report.issuer";
    public static final String PUBLIC_URL = "xinyong.report.public.url";

    public static final String DEFAULT_ISSUER = "信用信息公示服务平台";
    /** Public TSAs answer in well under a second; ten leaves room for a slow network, not for a hang. */
    public static final Duration DEFAULT_TSA_TIMEOUT = Duration.ofSeconds(10);

    public ReportSettings {
        Objects.requireNonNull(keysDirectory, "keysDirectory");
        Objects.requireNonNull(tsaTimeout, "tsaTimeout");
        if (keystore != null && (keystorePassword == null || keystorePassword.isEmpty())) {
            throw new SettingsException(KEYSTORE + " is " + keystore + " but " + KEYSTORE_PASSWORD
                    + " is not set: set " + Config.envName(KEYSTORE_PASSWORD));
        }
        if (tsaUrl != null && !("http".equals(tsaUrl.getScheme()) || "https".equals(tsaUrl.getScheme()))) {
            throw new SettingsException(TSA_URL + " was '" + tsaUrl + "'; it must be an http(s) URL of an RFC 3161 service");
        }
        if (issuer == null || issuer.isBlank()) {
            throw new SettingsException(ISSUER + " is empty; it is printed on every report");
        }
        if (publicUrl == null || !publicUrl.matches("https?://\\S+")) {
            throw new SettingsException(PUBLIC_URL + " was '" + publicUrl + "'; it must be an absolute http(s) URL");
        }
    }

    /** Reads the settings once; relative keystore paths are resolved against the data home. */
    public static ReportSettings from(Config config) {
        Path home = Homes.dataHome(config);
        Path keystore = config.find(KEYSTORE).isPresent() ? config.path(KEYSTORE, home) : null;
        URI tsa = null;
        if (config.find(TSA_URL).isPresent()) {
            try {
                tsa = URI.create(config.string(TSA_URL));
            } catch (IllegalArgumentException e) {
                throw new SettingsException(TSA_URL + " was '" + config.string(TSA_URL) + "'; it is not a URL");
            }
        }
        Duration timeout = config.find(TSA_TIMEOUT).isPresent() ? config.duration(TSA_TIMEOUT) : DEFAULT_TSA_TIMEOUT;
        String publicUrl = config.find(PUBLIC_URL).or(() -> config.find("xinyong.public.url")).orElseGet(() ->
                "http://" + config.find("xinyong.host").orElse("127.0.0.1") + ":" + config.find("xinyong.port").orElse("8080"));
        return new ReportSettings(keystore, config.find(KEYSTORE_PASSWORD).orElse(null), home.resolve("keys"), tsa,
                timeout, config.find(ISSUER).orElse(DEFAULT_ISSUER), publicUrl);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "ReportSettings[keystore=" + (keystore == null ? "(self-signed in " + keysDirectory + ")" : keystore)
                + ", keystorePassword=" + (keystorePassword == null ? "unset" : "***") + ", tsaUrl=" + tsaUrl
                + ", tsaTimeout=" + tsaTimeout + ", issuer=" + issuer + ", publicUrl=" + publicUrl + "]";
    }
}
