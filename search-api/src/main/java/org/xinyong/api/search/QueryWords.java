package org.xinyong.api.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000\\u00a0,，、;；/|]+");
    private static final Pattern NUMBER = Pattern.compile("[\\d\\sXx\\u3000]+");

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

    /**
     * The facet values the words ask of a record, the city's "every division" left out: the
     * records of names only like the text are mixed in only when they have these.
     */
    public List<Meaning> narrowing() {
        return byFacet().values().stream().map(QueryWords::anyMeaning).toList();
    }

    /** What words naming values of one facet ask: any of those values ({@link Meaning#anyOf}). */
    static Meaning anyMeaning(List<Word> sameFacet) {
        return Meaning.anyOf(sameFacet.stream().map(word -> word.meaning().orElseThrow()).toList());
    }

    /**
     * The words that ask something of a record by a facet, by facet in the order typed: several
     * of one facet are alternatives (海门 海安: either district), as the page's filters are.
     */
    Map<Facet, List<Word>> byFacet() {
        Map<Facet, List<Word>> byFacet = new LinkedHashMap<>();
        for (Word word : words) {
            if (word.asksSomething() && word.meaning().isPresent()) {
                byFacet.computeIfAbsent(word.meaning().get().facet(), facet -> new ArrayList<>()).add(word);
            }
        }
        return byFacet;
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
        return Meaning.region(word).map(meaning -> !meaning.everywhere()).orElse(false);
    }

    private static boolean endsLikeAName(String text) {
        return NAME_ENDINGS.stream().anyMatch(text::endsWith);
    }

    /** How names of companies, shops and authorities end: 有限公司, 合作社, 店, 厂, 局 … */
    private static final List<String> NAME_ENDINGS = List.of("公司", "合作社", "商行", "门市部", "经营部", "工作室",
            "中心", "集团", "店", "厂", "馆", "社", "部", "室", "所", "院", "站", "场", "行", "局", "委", "办");

    private static Word word(String text, boolean attached) {
        return new Word(text, attached, Meaning.of(text));
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
            if (Meaning.region(head).isPresent()) {
                return head;
            }
        }
        return null;
    }

    /** Kinds typed at the end of a word that no name or common phrase ends with. */
    private static final Set<String> KIND_SUFFIXES = Set.of("罚款", "处罚", "行政处罚", "行政许可", "黑名单", "红名单",
            "失信被执行人", "严重失信");
}
