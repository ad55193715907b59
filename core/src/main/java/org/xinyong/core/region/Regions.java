package org.xinyong.core.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrative divisions of Nantong (GB/T 2260, as of the 2020 reorganisation that merged
 * 港闸区 into 崇川区 and made 海门 a district), with the older codes still found in registrations.
 */
public final class Regions {

    /** Current divisions, city first. */
    public static final Map<String, String> NANTONG;

    private static final Map<String, String> ALL;

    static {
        Map<String, String> current = new LinkedHashMap<>();
        current.put("320600", "南通市");
        current.put("320602", "崇川区");
        current.put("320612", "通州区");
        current.put("320614", "海门区");
        current.put("320623", "如东县");
        current.put("320681", "启东市");
        current.put("320682", "如皋市");
        current.put("320685", "海安市");
        NANTONG = java.util.Collections.unmodifiableMap(current);

        Map<String, String> all = new LinkedHashMap<>(current);
        all.put("320611", "港闸区");
        all.put("320684", "海门市");
        all.put("320621", "海安县");
        all.put("320000", "江苏省");
        ALL = java.util.Collections.unmodifiableMap(all);
    }

    private Regions() {
    }

    /** Every code known here, current and older, with its name. */
    public static Map<String, String> all() {
        return ALL;
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(code).map(ALL::get);
    }

    public static boolean isKnown(String code) {
        return ALL.containsKey(code);
    }

    /** Districts only (not the city itself), for generators and filters. */
    public static List<String> districtCodes() {
        return NANTONG.keySet().stream().filter(c -> !c.endsWith("00")).toList();
    }

    /** Resolves a division given by code or by name (崇川区, 崇川). */
    public static Optional<String> codeOf(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String t = codeOrName.trim();
        if (ALL.containsKey(t)) {
            return Optional.of(t);
        }
        return ALL.entrySet().stream()
                .filter(e -> e.getValue().equals(t) || e.getValue().substring(0, e.getValue().length() - 1).equals(t))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
