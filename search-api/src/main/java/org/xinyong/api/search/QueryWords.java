package org.xinyong.api.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Tier;
import org.xinyong.core.region.Regions;

/**
 * The words of a query typed with spaces ({@code 海安 食品 罚款}), and what some of them mean: a
 * region, a kind of record, a tier or a year, which a record may satisfy by its facet instead of
 * its text. A penalty in 海安 for selling spoiled food need not say 海安 or 罚款 anywhere (its
 * region and kind say it), and no single text field of it holds all three words: searched as one
 * text, such a query found nothing.
 *
 * <p>One word alone is read too when it names a facet value: {@code 黑名单} asks for the black
 * lists, not only for records whose texts say 黑名单.
 *
 * <p>Words are what spaces (or commas, 、, slashes) separate, an unmistakable kind of record
 * typed at the end of a word ({@code 海安食品罚款}) and a district at the start of one that is no
 * organisation's name ({@code 崇川家纺}; see {@link #splitTypedTogether}); other parts of a word are
 * not read: {@code 南通海安食品有限公司} is a name, not a region and a topic. Latin text
 * is pinyin or initials (the subjects search reads it), and a code or ID names one subject: neither
 * is split ({@link QueryText#of} decides).
 */
public record QueryWords(List<Word> words) {
    /** Beyond this many words the text is a pasted sentence, not a list of things wanted: not split. */
    static final int MOST_WORDS = 8;

    /** The first year a word may mean: the city's public records start in the 2010s; 2000 is more often an amount. */
    static final int FIRST_YEAR = 2010;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000\\u00a0,，、;；/|]+");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");
    private static final Pattern NUMBER = Pattern.compile("[\\d\\sXx\\u3000]+");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * A facet a word may name: the search's filter parameter (the answer's name for it), the record
     * field it filters, and the score a record gets when the facet says the word. Kinds, list types,
     * tiers and years score above any one word's score in a text (a title, ×2, holding 行政处罚 with
     * its bigrams scores 15 on the million records), so that '行政处罚' lists penalties before the
     * commitments titled 申请行政处罚信息信用修复. A region scores less: its name is as often part of
     * a company's name (崇川区海安船舶配套, registered elsewhere), and a name's words (×5, ≈ 20)
     * should keep those records ahead of the district's (10, plus 海安 in an authority's name ≈ 6).
     */
    public enum Facet {
        KIND("kind", "kind", 20f), LIST_TYPE("listType", "listType", 20f), REGION("region", "region", 10f),
        TIER("tier", "tier", 20f), YEAR("year", "decisionYear", 20f);

        private final String parameter;
        private final String field;
        private final float score;

        Facet(String parameter, String field, float score) {
            this.parameter = parameter;
            this.field = field;
            this.score = score;
        }

        public float score() {
            return score;
        }

        public String parameter() {
            return parameter;
        }

        public String field() {
            return field;
        }
    }

    /** One value of a facet, and how the page names it (320685, 海安市). */
    public record Value(String value, String label) {
    }

    /**
     * What a word means: values of a facet, any of which a record may have. {@code everywhere}: every
     * record here has one (the city, the province), so the word asks nothing of a record.
     */
    public record Meaning(Facet facet, List<Value> values, String label, boolean everywhere) {
        public Meaning {
            values = List.copyOf(values);
        }

        public List<String> codes() {
            return values.stream().map(Value::value).toList();
        }
    }

    /**
     * One word as typed, and its meaning if it has one. {@code attached}: typed together with the
     * word before it (海安食品罚款), so that the text can be written back as it was typed.
     */
    public record Word(String text, boolean attached, Optional<Meaning> meaning) {
        /** A word a record must satisfy (by its texts, or by the facet the word means). */
        boolean asksSomething() {
            return meaning.map(m -> !m.everywhere()).orElse(true);
        }
    }

    public QueryWords {
        words = List.copyOf(words);
    }

    public static final QueryWords NONE = new QueryWords(List.of());

    /** The words of Chinese text (not pinyin, not a code or ID: {@link QueryText#of} decides). */
    static QueryWords of(String raw) {
        if (NUMBER.matcher(raw).matches()) {
            return NONE;   // a number or an ID typed in groups, not words
        }
        List<Word> words = new ArrayList<>();
        for (String part : SEPARATORS.split(raw.strip())) {
            if (part.codePoints().anyMatch(Character::isLetterOrDigit)) {
                splitTypedTogether(part, words);
            }
        }
        if (words.isEmpty() || words.size() > MOST_WORDS) {
            return NONE;
        }
        // one word is the text itself, unless it names a facet value too (黑名单, 行政处罚, 海安;
        // not the city, which every record is in)
        boolean narrows = words.get(0).meaning().isPresent() && words.get(0).asksSomething();
        return words.size() == 1 && !narrows ? NONE : new QueryWords(words);
    }

    /** Several words: each must be somewhere. One word alone is searched as the text, and by its facet. */
    public boolean several() {
        return words.size() > 1;
    }

    /** Nothing to search word by word: one word that means only itself, pinyin, a code or ID, or a sentence. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words that mean a facet value, for the page to offer them as filters. */
    public List<Word> understood() {
        return words.stream().filter(w -> w.meaning().isPresent()).toList();
    }

    /**
     * The facet values the words ask of a record, the city's "every division" left out: the
     * records of names only like the text are mixed in only when they have these.
     */
    public List<Meaning> narrowing() {
        return words.stream().filter(Word::asksSomething).flatMap(w -> w.meaning().stream()).toList();
    }

    /**
     * The words that mean nothing but themselves, as typed (海安食品罚款 → 食品, 南通国际家访产业园处罚
     * → 国际家访产业园): what may be a name. Empty when there are no words ({@link #isEmpty}).
     */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        Word before = null;
        for (Word word : words) {
            if (word.meaning().isEmpty()) {
                if (!text.isEmpty() && !(word.attached() && before != null && before.meaning().isEmpty())) {
                    text.append(' ');
                }
                text.append(word.text());
            }
            before = word;
        }
        return text.toString();
    }

    /** The divisions the words name (the city's "every division" left out): empty when none does. */
    public List<String> regionCodes() {
        return narrowing().stream().filter(m -> m.facet() == Facet.REGION).flatMap(m -> m.codes().stream()).toList();
    }

    /**
     * A word that ends with an unmistakable kind of record (金海家纺罚款, 海安食品处罚) is a topic or a
     * name and that kind, typed together as people do: split there, and a region it starts with
     * split off too. Only kinds no name or phrase ends with: 许可证 ends 吊销许可证 (a penalty),
     * 评价 ends 环境影响评价 (a licence), 守信 ends 诚实守信 and 欧阳守信; those mean a kind only
     * typed as words of their own. A word that starts with a district and does not end like an
     * organisation's name (崇川家纺, 如皋物流; not 崇川区康博家纺有限公司, 海门区吴记便利店) is the
     * district and a topic. The city is never split off alone: 南通家纺 is how people shorten a name.
     */
    private static void splitTypedTogether(String part, List<Word> into) {
        String kind = longestSuffix(part, KIND_SUFFIXES);
        boolean endsWithKind = kind != null && part.length() - kind.length() >= 2;
        String rest = endsWithKind ? part.substring(0, part.length() - kind.length()) : part;
        String region = longestRegionPrefix(rest);
        boolean splitRegion = region != null && rest.length() - region.length() >= 2
                && (endsWithKind || isDistrict(region) && !endsLikeAName(rest));
        boolean attached = false;
        if (splitRegion) {
            into.add(word(region, false));
            rest = rest.substring(region.length());
            attached = true;
        }
        into.add(word(rest, attached));
        if (endsWithKind) {
            into.add(word(kind, true));
        }
    }

    private static boolean isDistrict(String word) {
        return region(word).map(meaning -> !meaning.everywhere()).orElse(false);
    }

    private static boolean endsLikeAName(String text) {
        return NAME_ENDINGS.stream().anyMatch(text::endsWith);
    }

    /** How names of companies, shops and authorities end: 有限公司, 合作社, 店, 厂, 局 … */
    private static final List<String> NAME_ENDINGS = List.of("公司", "合作社", "商行", "门市部", "经营部", "工作室",
            "中心", "集团", "店", "厂", "馆", "社", "部", "室", "所", "院", "站", "场", "行", "局", "委", "办");

    private static Word word(String text, boolean attached) {
        return new Word(text, attached, meaning(text));
    }

    private static String longestSuffix(String text, Set<String> suffixes) {
        String longest = null;
        for (String suffix : suffixes) {
            if (text.endsWith(suffix) && (longest == null || suffix.length() > longest.length())) {
                longest = suffix;
            }
        }
        return longest;
    }

    private static String longestRegionPrefix(String text) {
        for (int length = Math.min(4, text.length()); length >= 2; length--) {
            String head = text.substring(0, length);
            if (region(head).isPresent()) {
                return head;
            }
        }
        return null;
    }

    static Optional<Meaning> meaning(String word) {
        Optional<Meaning> region = region(word);
        if (region.isPresent()) {
            return region;
        }
        ListType list = LIST_TYPE_WORDS.get(word);
        if (list != null) {
            return Optional.of(new Meaning(Facet.LIST_TYPE, List.of(new Value(list.name(), list.label())), list.label(), false));
        }
        RecordKind kind = KIND_WORDS.get(word);
        if (kind != null) {
            return Optional.of(new Meaning(Facet.KIND, List.of(new Value(kind.name(), kind.label())), kind.label(), false));
        }
        Tier tier = TIER_WORDS.get(word);
        if (tier != null) {
            return Optional.of(new Meaning(Facet.TIER, List.of(new Value(tier.name(), tier.label())), tier.label(), false));
        }
        var year = YEAR.matcher(word);
        if (year.matches()) {
            int y = Integer.parseInt(year.group(1));
            if (y >= FIRST_YEAR && y <= LocalDate.now(CHINA).getYear()) {
                String label = y + "年";
                return Optional.of(new Meaning(Facet.YEAR, List.of(new Value(String.valueOf(y), label)), label, false));
            }
        }
        return Optional.empty();
    }

    /**
     * A division by its name or short name (海安, 海安市), with the older divisions of that short
     * name (海安县, 320621: companies keep the code they registered under). Not by code: six digits
     * typed alone are more often part of a number. A city or the province means every division
     * under it: every record here is in 南通, so the word asks nothing of a record.
     */
    private static Optional<Meaning> region(String word) {
        if (word.length() < 2 || word.codePoints().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String shortName = shortName(word);
        Map<String, String> named = new LinkedHashMap<>();
        Regions.all().forEach((code, name) -> {
            if (shortName(name).equals(shortName)) {
                named.put(code, name);
            }
        });
        if (named.isEmpty()) {
            return Optional.empty();
        }
        String first = named.keySet().iterator().next();
        String label = named.get(first);
        String prefix = first.replaceFirst("(00)+$", "");
        if (prefix.length() < first.length()) {
            // a city (3206 00) or the province (32 0000): every division under it
            List<Value> under = Regions.all().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .map(e -> new Value(e.getKey(), e.getValue())).toList();
            return Optional.of(new Meaning(Facet.REGION, under, label, true));
        }
        List<Value> values = named.entrySet().stream().map(e -> new Value(e.getKey(), e.getValue())).toList();
        return Optional.of(new Meaning(Facet.REGION, values, label, false));
    }

    /** 海安市 → 海安, 崇川区 → 崇川, 江苏省 → 江苏; two-character names stay (a short name is two or more). */
    private static String shortName(String name) {
        return name.length() > 2 && "市区县省".indexOf(name.charAt(name.length() - 1)) >= 0
                ? name.substring(0, name.length() - 1) : name;
    }

    /** Kinds typed at the end of a word that no name or common phrase ends with. */
    private static final Set<String> KIND_SUFFIXES = Set.of("罚款", "处罚", "行政处罚", "行政许可", "黑名单", "红名单",
            "失信被执行人", "严重失信");

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
