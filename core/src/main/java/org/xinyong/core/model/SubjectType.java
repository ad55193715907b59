package org.xinyong.core.model;

/** 行政相对人类别 as the national templates enumerate it. */
public enum SubjectType {
    LEGAL_PERSON("法人及非法人组织"),
    NATURAL_PERSON("自然人"),
    INDIVIDUAL_BUSINESS("个体工商户");

    private final String label;

    SubjectType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the national labels and the usual short forms (法人, 个体户). */
    public static SubjectType fromLabel(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (SubjectType type : values()) {
            if (type.label.equals(t) || type.name().equalsIgnoreCase(t)) {
                return type;
            }
        }
        return switch (t) {
            case "法人", "法人组织", "非法人组织", "法人和非法人组织", "企业" -> LEGAL_PERSON;
            case "个体户", "个体" -> INDIVIDUAL_BUSINESS;
            case "个人" -> NATURAL_PERSON;
            default -> null;
        };
    }
}
