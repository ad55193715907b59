package org.xinyong.report.sign;

import java.io.IOException;

/** An RFC 3161 time-stamping authority: a token over a SHA-256 digest, DER-encoded. */
interface TimeStamper {
    byte[] timestamp(byte[] sha256) throws IOException;
}
