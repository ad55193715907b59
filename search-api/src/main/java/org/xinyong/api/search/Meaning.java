package org.xinyong.api.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Tier;
import org.xinyong.core.region.Regions;

/**
 * What a word of a query means, when it names a facet value ({@link #of}): values of a facet,
 * any of which a record may have, and how the page names them. {@code everywhere}: every record
 * here has one (the city, the province), so the word asks nothing of a record. The vocabulary is
 * here: divisions by name and short name, the words for kinds, lists and tiers, years.
 */
public record Meaning(Facet facet, List<Value> values, String label, boolean everywhere) {
    /** One value of a facet, and how the page names it (320685, 海安市). */
    public record Value(String value, String label) {
    }

    public Meaning {
        values = List.copyOf(values);
    }

    public List<String> codes() {
        return values.stream().map(Value::value).toList();
    }

    /**
     * Several words naming values of one facet (海门 海安, 2023年 2024年) as one meaning: any of
     * their values, as the page's filters of one facet combine. A record has one region, one
     * year: wanting all of them would find only records whose texts name the others.
     */
    static Meaning anyOf(List<Meaning> sameFacet) {
        Meaning first = sameFacet.get(0);
        if (sameFacet.size() == 1) {
            return first;
        }
        Map<String, Value> values = new LinkedHashMap<>();
        for (Meaning meaning : sameFacet) {
            if (meaning.facet() != first.facet()) {
                throw new IllegalArgumentException("meanings of facets " + first.facet() + " and " + meaning.facet());
            }
            meaning.values().forEach(value -> values.putIfAbsent(value.value(), value));
        }
        return new Meaning(first.facet(), List.copyOf(values.values()),
                String.join("、", sameFacet.stream().map(Meaning::label).distinct().toList()),
                sameFacet.stream().allMatch(Meaning::everywhere));
    }

    /** The first year a word may mean: the city's public records start in the 2010s; 2000 is more often an amount. */
    static final int FIRST_YEAR = 2010;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** What a word means, if it names a facet value (海安, 罚款, 失信被执行人, 严重, 2025年). */
    static Optional<Meaning> of(String word) {
        Optional<Meaning> region = region(word);
        if (region.isPresent()) {
            return region;
        }
        ListType list = LIST_TYPE_WORDS.get(word);
        if (list != null) {
            return one(Facet.LIST_TYPE, list.name(), list.label());
        }
        RecordKind kind = KIND_WORDS.get(word);
        if (kind != null) {
            return one(Facet.KIND, kind.name(), kind.label());
        }
        Tier tier = TIER_WORDS.get(word);
        if (tier != null) {
            return one(Facet.TIER, tier.name(), tier.label());
        }
        var year = YEAR.matcher(word);
        if (year.matches()) {
            int y = Integer.parseInt(year.group(1));
            if (y >= FIRST_YEAR && y <= LocalDate.now(CHINA).getYear()) {
                return one(Facet.YEAR, String.valueOf(y), y + "年");
            }
        }
        return Optional.empty();
    }

    /** One value of a facet, named as the page names it. */
    private static Optional<Meaning> one(Facet facet, String value, String label) {
        return Optional.of(new Meaning(facet, List.of(new Value(value, label)), label, false));
    }

    /**
     * A division by its name or short name (海安, 海安市), with the older divisions of that short
     * name (海安县, 320621: companies keep the code they registered under). Not by code: six digits
     * typed alone are more often part of a number. A city or the province means every division
     * under it: every record here is in 南通, so the word asks nothing of a record.
     */
    static Optional<Meaning> region(String word) {
        if (word.length() < 2 || word.codePoints().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        List<Value> named = DIVISIONS_BY_SHORT_NAME.get(shortName(word));
        if (named == null) {
            return Optional.empty();
        }
        Value first = named.get(0);
        String prefix = first.value().replaceFirst("(00)+$", "");
        if (prefix.length() < first.value().length()) {
            // a city (3206 00) or the province (32 0000): every division under it
            List<Value> under = Regions.all().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .map(e -> new Value(e.getKey(), e.getValue())).toList();
            return Optional.of(new Meaning(Facet.REGION, under, first.label(), true));
        }
        return Optional.of(new Meaning(Facet.REGION, named, first.label(), false));
    }

    /** Every division by its short name (海安 → 海安市, 海安县), current ones first, as {@link Regions} lists them. */
    private static final Map<String, List<Value>> DIVISIONS_BY_SHORT_NAME = divisionsByShortName();

    private static Map<String, List<Value>> divisionsByShortName() {
        Map<String, List<Value>> byName = new LinkedHashMap<>();
        Regions.all().forEach((code, name) -> byName.computeIfAbsent(shortName(name), k -> new ArrayList<>())
                .add(new Value(code, name)));
        byName.replaceAll((name, divisions) -> List.copyOf(divisions));
        return Map.copyOf(byName);
    }

    /** 海安市 → 海安, 崇川区 → 崇川, 江苏省 → 江苏; two-character names stay (a short name is two or more). */
    private static String shortName(String name) {
        return name.length() > 2 && "市区县省".indexOf(name.charAt(name.length() - 1)) >= 0
                ? name.substring(0, name.length() - 1) : name;
    }

    /** Words people use for a kind of record when they type it as a word of its own; each kind's label too. */
    private static final Map<String, RecordKind> KIND_WORDS = kindWords();

    private static Map<String, RecordKind> kindWords() {
        Map<String, RecordKind> words = new LinkedHashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            words.put(kind.label(), kind);
        }
        words.putAll(Map.ofEntries(
                Map.entry("行政许可", RecordKind.LICENSE), Map.entry("许可", RecordKind.LICENSE),
                Map.entry("许可证", RecordKind.LICENSE),
                Map.entry("处罚", RecordKind.PENALTY), Map.entry("罚款", RecordKind.PENALTY),
                Map.entry("红名单", RecordKind.RED_LIST), Map.entry("守信", RecordKind.RED_LIST),
                Map.entry("黑名单", RecordKind.BLACK_LIST), Map.entry("失信", RecordKind.BLACK_LIST),
                Map.entry("承诺", RecordKind.COMMITMENT),
                Map.entry("双随机", RecordKind.INSPECTION), Map.entry("抽查", RecordKind.INSPECTION),
                Map.entry("检查", RecordKind.INSPECTION),
                Map.entry("评价", RecordKind.EVALUATION)));
        return Map.copyOf(words);
    }

    /** One list, not the whole side: 失信被执行人 are court defaulters, not 经营异常名录 entries. */
    private static final Map<String, ListType> LIST_TYPE_WORDS = listTypeWords();

    private static Map<String, ListType> listTypeWords() {
        Map<String, ListType> words = new LinkedHashMap<>();
        for (ListType type : ListType.values()) {
            words.put(type.label(), type);
        }
        words.put("严重失信", ListType.SERIOUS_DISHONESTY);
        words.put("老赖", ListType.COURT_DEFAULTER);
        words.put("经营异常", ListType.ABNORMAL_OPERATION);
        return Map.copyOf(words);
    }

    private static final Map<String, Tier> TIER_WORDS = tierWords();

    private static Map<String, Tier> tierWords() {
        Map<String, Tier> words = new LinkedHashMap<>();
        for (Tier tier : Tier.values()) {
            words.put(tier.label(), tier);
        }
        return Map.copyOf(words);
    }
}
