package org.xinyong.api.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.xinyong.api.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinyong.api.testing.Json;
import org.xinyong.api.testing.ServiceFixture;
import org.xinyong.api.testing.TestData;

/** Signed reports served by the API, checked by poppler's pdfsig and pdftotext and by our verifier. */
class ReportApiIT {
    private static ServiceFixture service;
    private static TestData data;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        service = ServiceFixture.start(ReportApiIT.class);
        data = service.data();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<byte[]> report(String key) {
        return service.getBytes("/api/subjects/" + key + "/report.pdf");
    }

    private static String run(Path pdf, String... command) throws Exception {
        String[] full = new String[command.length + 1];
        System.arraycopy(command, 0, full, 0, command.length);
        full[command.length] = pdf.toString();
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static boolean has(String tool) {
        return Files.isExecutable(Path.of("/usr/bin", tool));
    }

    private static JsonNode verify(byte[] pdf) {
        HttpResponse<String> response = service.send(service.request("/api/reports/verify")
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build());
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }

    @Test
    void report_isSignedValidRegisteredAndSaysExactlyThePublicRecord() throws Exception {
        HttpResponse<byte[]> response = report(data.jiafangCode);
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        String number = response.headers().firstValue("X-Report-Number").orElseThrow();
        assertTrue(number.matches("\\d{14}[0-9A-Z]{8}"), number);
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains(number));
        Path pdf = dir.resolve("report.pdf");
        Files.write(pdf, response.body());

        JsonNode registration = Json.parse(service.get("/api/reports/" + number).body());
        assertEquals(data.jiafangCode, registration.path("subjectKey").asText());
        assertEquals(ReportService.sha256(response.body()), registration.path("sha256").asText());
        assertEquals("GENUINE", verify(response.body()).path("verdict").asText());

        assumeTrue(has("pdfsig") && has("pdftotext"), "poppler-utils is installed by .ci/run");
        String sig = run(pdf, "pdfsig");
        assertTrue(sig.contains("Signature is Valid"), sig);
        assertTrue(sig.contains("ETSI.CAdES.detached"), sig);
        run(pdf, "pdftotext", "-layout", "-enc", "UTF-8");
        String text = Files.readString(dir.resolve("report.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains(data.jiafangName), "name");
        assertTrue(text.contains(data.jiafangCode), "code");
        for (String visible : data.jiafangVisiblePenalties()) {
            assertTrue(text.contains(visible), visible);
        }
        for (String hidden : data.jiafangHiddenPenalties()) {
            assertFalse(text.contains(hidden), hidden + " is not public and not in the report");
        }
    }

    @Test
    void aReport_whoseAuditLineCannotBeWritten_isNotHandedOut_norRegistered() throws IOException {
        long registered = registrations(data.jiafangCode);
        service.withAuditUnwritable(() -> {
            HttpResponse<byte[]> refused = report(data.jiafangCode);
            String body = new String(refused.body(), StandardCharsets.UTF_8);
            assertProblem(refused.statusCode(), refused.headers(), body, 503, "audit-unavailable");
        });
        assertEquals(registered, registrations(data.jiafangCode), "a report nobody audited is not on the registry either");
        assertEquals(200, report(data.jiafangCode).statusCode(), "handed out again once the log can be written");
        assertEquals(registered + 1, registrations(data.jiafangCode));
    }

    private static long registrations(String subjectKey) throws IOException {
        String index = service.backend().names().reports();
        service.clients().client().indices().refresh(r -> r.index(index));
        return service.clients().client().count(c -> c.index(index)
                .query(q -> q.term(t -> t.field("subjectKey").value(subjectKey)))).count();
    }

    @Test
    void report_oneByteChanged_pdfsigAndVerifierBothReject() throws Exception {
        byte[] pdf = report(data.blackCode).body();
        byte[] altered = pdf.clone();
        int at = new String(pdf, StandardCharsets.ISO_8859_1).indexOf(data.blackCode.substring(10));
        int pos = at > 0 ? at : pdf.length / 3;
        altered[pos] = (byte) (altered[pos] == '1' ? '2' : '1');
        JsonNode verdict = verify(altered);
        assertEquals("ALTERED", verdict.path("verdict").asText(), verdict.toString());
        assertFalse(verdict.path("signature").path("intact").asBoolean());
        assumeTrue(has("pdfsig"));
        Path file = dir.resolve("altered.pdf");
        Files.write(file, altered);
        String sig = run(file, "pdfsig");
        assertFalse(sig.contains("Signature is Valid"), sig);
    }

    @Test
    void report_naturalPerson_showsOnlyTheMask() throws Exception {
        HttpResponse<byte[]> response = report(data.hasher.subjectKey(data.personId));
        assertEquals(200, response.statusCode());
        assumeTrue(has("pdftotext"));
        Path pdf = dir.resolve("person.pdf");
        Files.write(pdf, response.body());
        run(pdf, "pdftotext", "-enc", "UTF-8");
        String text = Files.readString(dir.resolve("person.txt"), StandardCharsets.UTF_8);
        assertFalse(text.contains(data.personId), "never the full ID");
        assertTrue(text.contains(data.personId.substring(0, 4) + "**********" + data.personId.substring(14)), text);
    }

    /**
     * Uploads that stall half-way hold their slots; a verification past the slots is a 503, and the
     * slots come back when those connections close.
     */
    @Test
    void verifications_atOnceAreBounded_andTheirSlotsFreedWhenUploadsAreDropped() throws Exception {
        URI base = URI.create(service.baseUrl());
        List<Socket> stalled = new ArrayList<>();
        try {
            // four clients (one slot each), one stalled upload each
            List<String> keys = List.of(ServiceFixture.BANK_KEY, ServiceFixture.ENTERPRISE_KEY,
                    ServiceFixture.OTHER_ENTERPRISE_KEY, ServiceFixture.AUTHORITY_KEY);
            assertEquals(ReportRoutes.VERIFICATIONS_AT_ONCE, keys.size());
            for (String key : keys) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.getOutputStream().write(("POST /api/reports/verify HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + key + "\r\n"
                        + "Content-Type: application/pdf\r\nContent-Length: 1000000\r\n\r\n%PDF-1.7\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            // the stalled requests routed before the first verification that must find no slot (one
            // sent earlier would take a slot of theirs, and a stalled one would be refused instead)
            Thread.sleep(500);
            HttpResponse<String> busy = keyedVerify();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (busy.statusCode() == 200 && System.nanoTime() < deadline) {
                Thread.sleep(50);
                busy = keyedVerify();
            }
            for (Socket socket : stalled) {
                assertEquals(0, socket.getInputStream().available(), "a stalled upload answered: the test raced itself");
            }
            assertProblem(busy, 503, "verify-busy");
            assertTrue(busy.headers().firstValue("Retry-After").isPresent());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        HttpResponse<String> again = keyedVerify();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (again.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            again = keyedVerify();
        }
        assertEquals(200, again.statusCode(), "the dropped uploads' slots given back: " + again.body());
    }

    /** A verification by a fifth client. */
    private static HttpResponse<String> keyedVerify() {
        return service.send(service.request("/api/reports/verify").header("Content-Type", "application/pdf")
                .header("Authorization", "Bearer " + ServiceFixture.OTHER_AUTHORITY_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("not a pdf")).build());
    }

    @Test
    void verify_garbageAndUnknown_andBadNumbers() throws IOException {
        assertEquals("NOT_A_PDF", verify("not a pdf at all".getBytes(StandardCharsets.UTF_8)).path("verdict").asText());
        assertEquals(404, service.get("/api/reports/20260101000000ABCDEFGH").statusCode());
        assertEquals(400, service.get("/api/reports/not-a-number").statusCode());
        assertEquals(404, service.get("/api/subjects/" + org.xinyong.api.testing.TestCodes.creditCode("320602", 777_777)
                + "/report.pdf").statusCode());
    }
}
