package org.xinyong.core.model;

/**
 * Where a record is in its life. Only ACTIVE records inside their publicity window are public;
 * the others are kept for audit and never shown, shared, counted or matched.
 */
public enum RecordStatus {
    ACTIVE("公示中"),
    EXPIRED("公示期满"),
    REPAIRED("已信用修复"),
    REVOKED("已撤销");

    private final String label;

    RecordStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
