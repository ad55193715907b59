package org.xinyong.core.privacy;

import java.util.regex.Pattern;

/**
 * How natural persons' identifiers appear in every public output: the first four and last four
 * characters, the rest starred ({@code 3206**********123X}). Four leading digits keep the
 * prefecture visible, which is what a reader needs to tell two namesakes apart, and no more.
 */
public final class Masking {
    private Masking() {
    }

    public static String maskId(String id) {
        if (id == null || id.isEmpty()) {
            return id;
        }
        if (id.length() <= 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    private static final Pattern ID_LIKE = Pattern.compile("\\d{17}[\\dXx]|(?<!\\d)\\d{15}(?![\\dXx])");

    /**
     * The text with every run shaped like a resident ID (17 digits and a digit or X, or 15 digits
     * standing alone: the old IDs, still in people's papers) masked: for echoing what someone
     * typed (a path, a query with a name and an ID, a code refused) without repeating an ID.
     */
    public static String maskIdsIn(String text) {
        return text == null ? null : ID_LIKE.matcher(text).replaceAll(m -> maskId(m.group()));
    }

    /** True when the text contains no run of 8+ digits, i.e. nothing that could be an unmasked ID. */
    public static boolean looksMasked(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run >= 8) {
                return false;
            }
        }
        return true;
    }
}
