package org.xinyong.report.pdf;

/** A device RGB colour, 0–1 per channel; PDFBox's own Color setter would pull in AWT for nothing. */
record Rgb(float r, float g, float b) {
    static final Rgb BLACK = new Rgb(0.1f, 0.1f, 0.12f);
    static final Rgb GREY = new Rgb(0.42f, 0.44f, 0.48f);
    static final Rgb RULE = new Rgb(0.62f, 0.65f, 0.70f);
    static final Rgb HEADER_FILL = new Rgb(0.90f, 0.92f, 0.95f);
    static final Rgb LABEL_FILL = new Rgb(0.95f, 0.96f, 0.975f);
    static final Rgb STRIPE = new Rgb(0.975f, 0.98f, 0.99f);
    static final Rgb NAVY = new Rgb(0.11f, 0.24f, 0.45f);
    static final Rgb SEAL_RED = new Rgb(0.85f, 0.09f, 0.11f);
    static final Rgb WHITE = new Rgb(1f, 1f, 1f);
}
