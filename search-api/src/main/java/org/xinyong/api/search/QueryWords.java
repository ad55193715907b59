package org.xinyong.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * <p>Words are what spaces separate, and a kind of record typed at the end of a word
 * ({@code 海安食品罚款}: see {@link #splitTypedTogether}); other parts of a word are not read:
 * {@code 南通海安食品有限公司} is a name, not a region and a topic. Latin text is pinyin or
 * initials (the subjects search reads it), and a code or ID names one subject: neither is split.
 */
public record QueryWords(List<Word> words) {
    /** Beyond this many words the text is a pasted sentence, not a list of things wanted: not split. */
    static final int MOST_WORDS = 8;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年?");

    /** A facet value a word stands for: the search's filter parameter, its values, and how the page names it. */
    public record Meaning(String facet, List<String> values, String label) {
        public Meaning {
            values = List.copyOf(values);
        }
    }

    /** One word as typed, and its meaning if it has one. */
    public record Word(String text, Optional<Meaning> meaning) {
    }

    public QueryWords {
        words = List.copyOf(words);
    }

    public static final QueryWords NONE = new QueryWords(List.of());

    /** The words of Chinese text (not pinyin, not a code: {@link QueryText#of} decides). */
    static QueryWords of(String raw) {
        String[] parts = SPACES.split(raw.strip());
        if (parts.length > MOST_WORDS) {
            return NONE;
        }
        List<String> split = new ArrayList<>();
        for (String part : parts) {
            splitTypedTogether(part, split);
        }
        if (split.size() < 2 || split.size() > MOST_WORDS) {
            return NONE;
        }
        List<Word> words = new ArrayList<>(split.size());
        for (String part : split) {
            words.add(new Word(part, meaning(part)));
        }
        return new QueryWords(words);
    }

    /**
     * A word that ends with a kind of record (金海家纺罚款, 海安食品处罚) is a topic or a name and
     * that kind, typed together as people do: split there, and a region it starts with split off
     * too. Other text stays whole: a name (南通海安食品有限公司) starts with a region as often as not,
     * but ends with 公司, 店 or 厂, never with 罚款.
     */
    private static void splitTypedTogether(String part, List<String> into) {
        String kind = longestKindSuffix(part);
        if (kind == null || part.length() - kind.length() < 2) {
            into.add(part);
            return;
        }
        String rest = part.substring(0, part.length() - kind.length());
        String region = longestRegionPrefix(rest);
        if (region != null && rest.length() - region.length() >= 2) {
            into.add(region);
            rest = rest.substring(region.length());
        }
        into.add(rest);
        into.add(kind);
    }

    private static String longestKindSuffix(String text) {
        String longest = null;
        for (String word : KIND_WORDS.keySet()) {
            if (text.endsWith(word) && (longest == null || word.length() > longest.length())) {
                longest = word;
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

    /** Nothing to search word by word: one word, pinyin, a code or ID, or a sentence. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words that mean a facet value, for the page to offer them as filters. */
    public List<Word> understood() {
        return words.stream().filter(w -> w.meaning().isPresent()).toList();
    }

    static Optional<Meaning> meaning(String word) {
        Optional<Meaning> region = region(word);
        if (region.isPresent()) {
            return region;
        }
        RecordKind kind = KIND_WORDS.get(word);
        if (kind != null) {
            return Optional.of(new Meaning("kind", List.of(kind.name()), kind.label()));
        }
        Tier tier = TIER_WORDS.get(word);
        if (tier != null) {
            return Optional.of(new Meaning("tier", List.of(tier.name()), tier.label()));
        }
        var year = YEAR.matcher(word);
        if (year.matches()) {
            return Optional.of(new Meaning("year", List.of(year.group(1)), year.group(1) + "年"));
        }
        return Optional.empty();
    }

    /**
     * A division by its name or short name (海安, 海安市, 崇川区), not by code (six digits typed
     * alone are more often part of a number). The city means every division in it: every record
     * here is in 南通, so the word asks nothing of a record.
     */
    private static Optional<Meaning> region(String word) {
        if (word.chars().anyMatch(Character::isDigit) || word.length() < 2) {
            return Optional.empty();
        }
        return Regions.codeOf(word).map(code -> {
            String name = Regions.name(code).orElse(word);
            // a city (3206 00) or province (32 0000) means every division under it
            String prefix = code.replaceFirst("(00)+$", "");
            return new Meaning("region", Regions.all().keySet().stream().filter(c -> c.startsWith(prefix)).toList(), name);
        });
    }

    /** Words people use for a kind of record, its label first. */
    private static final Map<String, RecordKind> KIND_WORDS = Map.ofEntries(
            Map.entry("行政许可", RecordKind.LICENSE), Map.entry("许可", RecordKind.LICENSE),
            Map.entry("许可证", RecordKind.LICENSE),
            Map.entry("行政处罚", RecordKind.PENALTY), Map.entry("处罚", RecordKind.PENALTY),
            Map.entry("罚款", RecordKind.PENALTY),
            Map.entry("守信激励", RecordKind.RED_LIST), Map.entry("红名单", RecordKind.RED_LIST),
            Map.entry("守信", RecordKind.RED_LIST),
            Map.entry("失信惩戒", RecordKind.BLACK_LIST), Map.entry("黑名单", RecordKind.BLACK_LIST),
            Map.entry("失信", RecordKind.BLACK_LIST), Map.entry("严重失信", RecordKind.BLACK_LIST),
            Map.entry("失信被执行人", RecordKind.BLACK_LIST), Map.entry("老赖", RecordKind.BLACK_LIST),
            Map.entry("信用承诺", RecordKind.COMMITMENT), Map.entry("承诺", RecordKind.COMMITMENT),
            Map.entry("双随机一公开", RecordKind.INSPECTION), Map.entry("双随机", RecordKind.INSPECTION),
            Map.entry("抽查", RecordKind.INSPECTION), Map.entry("检查", RecordKind.INSPECTION),
            Map.entry("信用评价", RecordKind.EVALUATION), Map.entry("评价", RecordKind.EVALUATION));

    private static final Map<String, Tier> TIER_WORDS = Map.of(
            "轻微", Tier.MINOR, "一般", Tier.GENERAL, "严重", Tier.SERIOUS);
}
