package org.xinyong.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.xinyong.core.settings.Config;
import org.xinyong.core.settings.SettingsException;

class ReportSettingsTest {
    private static Config config(Map<String, String> flags, Map<String, String> env) {
        return Config.of(flags, env, new Properties());
    }

    @Test
    void from_defaults_selfSignedKeyInTheDataHome() {
        ReportSettings s = ReportSettings.from(config(Map.of("xinyong.home", "/srv/xy"), Map.of()));
        assertNull(s.keystore());
        assertEquals(Path.of("/srv/xy/keys"), s.keysDirectory());
        assertNull(s.tsaUrl());
        assertEquals(ReportSettings.DEFAULT_TSA_TIMEOUT, s.tsaTimeout());
        assertEquals(ReportSettings.DEFAULT_ISSUER, s.issuer());
        assertEquals("http://127.0.0.1:8080", s.publicUrl());
    }

    @Test
    void from_environment_readsKeystorePasswordAndTsa() {
        ReportSettings s = ReportSettings.from(config(Map.of("xinyong.home", "/srv/xy"), Map.of(
                "XINYONG_REPORT_KEYSTORE", "keys/ours.p12",
                "XINYONG_REPORT_KEYSTORE_PASSWORD", "hunter2-but-longer",
                "XINYONG_REPORT_TSA_URL", "http://tsa.example.cn/tsr",
                "XINYONG_REPORT_TSA_TIMEOUT", "3s",
                "XINYONG_REPORT_PUBLIC_URL", "https://credit.example.cn")));
        assertEquals(Path.of("/srv/xy/keys/ours.p12"), s.keystore());
        assertEquals("hunter2-but-longer", s.keystorePassword());
        assertEquals(URI.create("http://tsa.example.cn/tsr"), s.tsaUrl());
        assertEquals(Duration.ofSeconds(3), s.tsaTimeout());
        assertEquals("https://credit.example.cn", s.publicUrl());
        assertFalse(s.toString().contains("hunter2"), s.toString());
    }

    @Test
    void from_keystoreWithoutPassword_namesTheVariableToSet() {
        SettingsException e = assertThrows(SettingsException.class, () -> ReportSettings.from(
                config(Map.of("xinyong.report.keystore", "/srv/ours.p12"), Map.of())));
        assertTrue(e.getMessage().contains("XINYONG_REPORT_KEYSTORE_PASSWORD"), e.getMessage());
    }

    @Test
    void from_tsaThatIsNotHttp_isRejected() {
        SettingsException e = assertThrows(SettingsException.class, () -> ReportSettings.from(
                config(Map.of("xinyong.report.tsa.url", "ftp://tsa.example.cn"), Map.of())));
        assertTrue(e.getMessage().contains("xinyong.report.tsa.url"), e.getMessage());
    }
}
