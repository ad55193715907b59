package org.xinyong.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What a report needs besides the subject and its records: who issues it, when, and against which
 * data. {@code today} decides publicity; it is passed in (not read from a clock) so a report and the
 * query that fetched its records agree on the day.
 *
 * @param number from {@link ReportNumbers#next}
 * @param dataAsOf when the index was last loaded: the report says its data is as of then
 * @param verifyBaseUrl the public base URL of the service, e.g. {@code https://credit.example.cn}
 */
public record ReportContext(
        String number,
        ZonedDateTime generatedAt,
        ZonedDateTime dataAsOf,
        String issuer,
        String verifyBaseUrl,
        LocalDate today) {

    public ReportContext {
        Objects.requireNonNull(number, "number");
        if (!ReportNumbers.isValid(number)) {
            throw new IllegalArgumentException("report number '" + number
                    + "' is not 14 digits of time and 8 of [0-9A-Z]; use ReportNumbers.next()");
        }
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(dataAsOf, "dataAsOf");
        Objects.requireNonNull(today, "today");
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("issuer is empty; it is printed on every report and its seal");
        }
        if (verifyBaseUrl == null || !verifyBaseUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("verifyBaseUrl was '" + verifyBaseUrl
                    + "'; it must be an absolute http(s) URL, the QR code points there");
        }
        verifyBaseUrl = verifyBaseUrl.replaceAll("/+$", "");
    }

    /** The page the QR code opens: the service's check of this report number. */
    public String verificationUrl() {
        return verifyBaseUrl + "/verify?number=" + number;
    }
}
