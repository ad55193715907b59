package org.xinyong.core.model;

/** The three tiers of dishonesty information of 《信用修复管理办法》 (NDRC Order No. 36). */
public enum Tier {
    MINOR("轻微"),
    GENERAL("一般"),
    SERIOUS("严重");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Tier fromLabel(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (Tier tier : values()) {
            if (tier.label.equals(t) || tier.name().equalsIgnoreCase(t) || (tier.label + "失信").equals(t)) {
                return tier;
            }
        }
        return null;
    }
}
