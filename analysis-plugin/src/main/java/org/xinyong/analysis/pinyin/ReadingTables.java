package org.xinyong.analysis.pinyin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads the reading tables: pinyin4j's data files as the base, our files on top.
 *
 * <p>pinyin4j is used for its data only. Its API would need a checked exception per call, keeps
 * process-wide singletons and writes "u:" for ü; reading the two files ourselves is simpler.
 */
final class ReadingTables {

    /** The char table covers U+3007 (〇) and U+4E00..U+9FA5; one slot per char from here. */
    static final char FIRST = '\u3000';
    static final char LAST = '\u9FFF';

    private static final String PINYIN4J_CHARS = "pinyindb/unicode_to_hanyu_pinyin.txt";
    private static final String PINYIN4J_PHRASES = "pinyindb/multi_pinyin.txt";
    private static final String OUR_CHARS = "org/xinyong/analysis/pinyin/char-readings.txt";
    private static final String OUR_PHRASES = "org/xinyong/analysis/pinyin/phrase-readings.txt";

    /**
     * Interjection readings (嗯 ng, 呣 m, 哼 hng) and typos in pinyin4j's table (qui, yiao).
     * Never chosen as a default while a char has another reading, and never offered to the
     * segmenter: "n" or "m" as a syllable would split initials like "ntjf" into nonsense.
     */
    static final Set<String> NOT_SYLLABLES = Set.of("m", "n", "ng", "hm", "hng", "r", "qui", "yiao");

    final String[] charReadings = new String[LAST - FIRST + 1];
    final Map<String, String[]> phrases = new HashMap<>();
    final Set<String> syllables = new TreeSet<>();

    private ReadingTables() {}

    static ReadingTables load() {
        ReadingTables tables = new ReadingTables();
        ClassLoader loader = ReadingTables.class.getClassLoader();
        for (String line : lines(loader, PINYIN4J_CHARS)) {
            tables.addPinyin4jChar(line);
        }
        for (String line : lines(loader, PINYIN4J_PHRASES)) {
            tables.addPinyin4jPhrase(line);
        }
        for (String line : lines(loader, OUR_CHARS)) {
            tables.addOurChar(line);
        }
        for (String line : lines(loader, OUR_PHRASES)) {
            tables.addOurPhrase(line);
        }
        tables.syllables.removeAll(NOT_SYLLABLES);
        return tables;
    }

    /** "4E01 (ding1,zheng1)": the first regular reading becomes the default. */
    private void addPinyin4jChar(String line) {
        int space = line.indexOf(' ');
        char c = (char) Integer.parseInt(line.substring(0, space), 16);
        String[] readings = cleanAll(line.substring(space + 1));
        if (readings.length == 0 || c < FIRST || c > LAST) {
            return;
        }
        String chosen = Arrays.stream(readings).filter(r -> !NOT_SYLLABLES.contains(r)).findFirst().orElse(readings[0]);
        charReadings[c - FIRST] = chosen;
        syllables.addAll(Arrays.asList(readings));
    }

    /** "银行 (yin2,hang2)" */
    private void addPinyin4jPhrase(String line) {
        int space = line.indexOf(' ');
        putPhrase(line.substring(0, space), cleanAll(line.substring(space + 1)));
    }

    /** "长 chang" */
    private void addOurChar(String line) {
        String[] parts = line.split("\\s+");
        if (parts.length != 2 || parts[0].length() != 1) {
            throw new IllegalStateException("char reading must be \"<char> <syllable>\" but was [" + line + "] in " + OUR_CHARS);
        }
        charReadings[checkedSlot(parts[0].charAt(0), line)] = parts[1];
        syllables.add(parts[1]);
    }

    /** "银行 yin hang", or "-中行" to drop a pinyin4j phrase that misreads company names. */
    private void addOurPhrase(String line) {
        if (line.startsWith("-")) {
            if (phrases.remove(line.substring(1).trim()) == null) {
                throw new IllegalStateException("no phrase to remove for [" + line + "] in " + OUR_PHRASES);
            }
            return;
        }
        String[] parts = line.split("\\s+");
        String phrase = parts[0];
        String[] readings = Arrays.copyOfRange(parts, 1, parts.length);
        if (readings.length != phrase.length()) {
            throw new IllegalStateException("phrase needs one syllable per char but was [" + line + "] in " + OUR_PHRASES);
        }
        putPhrase(phrase, readings);
    }

    private void putPhrase(String phrase, String[] readings) {
        // a few pinyin4j lines have a syllable count that does not match: unusable for alignment
        if (readings.length == phrase.length() && phrase.length() > 1) {
            phrases.put(phrase, readings);
            syllables.addAll(Arrays.asList(readings));
        }
    }

    private static int checkedSlot(char c, String line) {
        if (c < FIRST || c > LAST) {
            throw new IllegalStateException("char outside U+3000..U+9FFF in [" + line + "] in " + OUR_CHARS);
        }
        return c - FIRST;
    }

    /** "(lu:e4,nu:e4,e^1,none0)" → [lve, nve, e]: toneless, lower-case, ü written v. */
    static String[] cleanAll(String list) {
        String inner = list.trim();
        inner = inner.substring(1, inner.length() - 1);
        return Arrays.stream(inner.split(","))
                .map(ReadingTables::clean)
                .filter(r -> !r.isEmpty() && !r.equals("none"))
                .distinct()
                .toArray(String[]::new);
    }

    static String clean(String raw) {
        String s = raw.trim().toLowerCase(Locale.ROOT).replace("u:", "v").replaceAll("[^a-z]", "");
        // pinyin4j writes 略/虐 once as "lue"/"nue"; after l and n the vowel is ü
        return s.equals("lue") ? "lve" : s.equals("nue") ? "nve" : s;
    }

    private static List<String> lines(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (is pinyin4j on the class path?)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            // "#" starts a comment, also after an entry; pinyin4j's files contain none
            return reader.lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
