package org.xinyong.api.check;

/** One counterparty to check, as the caller wrote it (either part may be empty, not both). */
public record CheckEntry(int index, String name, String code) {
    public CheckEntry {
        name = name == null ? "" : name.strip();
        code = code == null ? "" : code.strip();
    }
}
