package org.xinyong.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** poppler-utils (pdftotext, pdfsig) as independent judges of what we write. */
public final class PdfTools {
    private PdfTools() {
    }

    /** Skips the calling test, saying why, when the tool is not installed (CI installs poppler-utils). */
    public static void assumeInstalled(String tool) {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            found |= Files.isExecutable(Path.of(dir, tool));
        }
        assumeTrue(found, tool + " is not installed: apt-get install poppler-utils to run this test");
    }

    public static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        assumeInstalled("pdftotext");
        return run(pdf, "pdftotext", "-enc", "UTF-8", "{}", "-");
    }

    /** pdfsig's report; without an NSS database it still checks the signature, just trusts no issuer. */
    public static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        assumeInstalled("pdfsig");
        return run(pdf, "pdfsig", "{}");
    }

    private static String run(byte[] pdf, String... command) throws IOException, InterruptedException {
        Path file = Files.createTempFile("report", ".pdf");
        Path out = Files.createTempFile("tool", ".txt");
        try {
            Files.write(file, pdf);
            List<String> cmd = new ArrayList<>();
            for (String c : command) {
                cmd.add(c.equals("{}") ? file.toString() : c);
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + " did not finish in 120 s");
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(out);
        }
    }
}
