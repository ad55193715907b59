package org.xinyong.indexer.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xinyong.indexer.feed.FeedKind;

/**
 * Which header means which {@link Field}, per kind of feed, as listed in {@code headers.txt} (the
 * one place to add a department's variant). Loaded once; immutable.
 */
public final class HeaderDictionary {
    /** The groups of headers.txt; red and black lists share LIST. */
    enum Group { SUBJECT, PENALTY, LICENSE, LIST, COMMITMENT, INSPECTION, EVALUATION, STATUS }

    /** A known header: what it means, and whether it is evidence for the dictionary's kind. */
    public record Entry(Field field, boolean signature) {
    }

    private static final Pattern NATIONAL_CODE = Pattern.compile("(?:XK|CF)_[A-Z_]+|\\bBZ\\b");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    private static final Map<Group, HeaderDictionary> BY_GROUP = load();
    private static final Set<String> ALL_ALIASES = allAliases();

    private final Group group;
    private final Map<String, Entry> entries;
    private final Map<Field, String> names;

    private HeaderDictionary(Group group, Map<String, Entry> entries, Map<Field, String> names) {
        this.group = group;
        this.entries = Collections.unmodifiableMap(entries);
        this.names = Collections.unmodifiableMap(names);
    }

    /** The national (first-listed) name of a field for this kind: 行政处罚决定书文号, 承诺人名称 … */
    public String displayName(Field field) {
        return names.getOrDefault(field, field.label());
    }

    /** The dictionary for a tabular kind; JSON Lines have none. */
    public static HeaderDictionary forKind(FeedKind kind) {
        Group group = switch (kind) {
            case PENALTY -> Group.PENALTY;
            case LICENSE -> Group.LICENSE;
            case RED_LIST, BLACK_LIST -> Group.LIST;
            case COMMITMENT -> Group.COMMITMENT;
            case INSPECTION -> Group.INSPECTION;
            case EVALUATION -> Group.EVALUATION;
            case STATUS -> Group.STATUS;
            case JSONL -> throw new IllegalArgumentException("JSON Lines feeds have no header dictionary");
        };
        return BY_GROUP.get(group);
    }

    /** True when any dictionary knows the header: used to find the header row under title rows. */
    public static boolean isKnownAnywhere(String header) {
        String n = HeaderNormalizer.normalize(header);
        return !n.isEmpty() && (ALL_ALIASES.contains(n) || codeToken(n).map(ALL_ALIASES::contains).orElse(false)
                || ALL_ALIASES.contains(BRACKETED.matcher(n).replaceAll("")));
    }

    /** What the header means here: exact, else its national code (名称(CF_XDR_MC)), else without brackets. */
    public Optional<Entry> lookup(String header) {
        String n = HeaderNormalizer.normalize(header);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Entry e = entries.get(n);
        if (e == null) {
            e = codeToken(n).map(entries::get).orElse(null);
        }
        if (e == null) {
            e = entries.get(BRACKETED.matcher(n).replaceAll(""));
        }
        return Optional.ofNullable(e);
    }

    /** Binds every column of a header row to its field, in column order. */
    public BoundHeader bind(List<String> header) {
        Map<Field, List<Integer>> columns = new EnumMap<>(Field.class);
        List<String> unknown = new ArrayList<>();
        Set<Field> signatures = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            Optional<Entry> entry = lookup(h);
            if (entry.isPresent()) {
                columns.computeIfAbsent(entry.get().field(), f -> new ArrayList<>()).add(i);
                if (entry.get().signature()) {
                    signatures.add(entry.get().field());
                }
            } else if (!h.isBlank()) {
                unknown.add(h.trim());
            }
        }
        return new BoundHeader(header, columns, unknown, signatures.size(), names);
    }

    @Override
    public String toString() {
        return "HeaderDictionary[" + group + ", " + entries.size() + " aliases]";
    }

    private static Optional<String> codeToken(String normalized) {
        Matcher m = NATIONAL_CODE.matcher(normalized);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static Map<Group, HeaderDictionary> load() {
        Map<Group, Map<String, Entry>> raw = new EnumMap<>(Group.class);
        Map<Group, Map<Field, String>> rawNames = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            raw.put(g, new HashMap<>());
            rawNames.put(g, new EnumMap<>(Field.class));
        }
        try (InputStream in = HeaderDictionary.class.getResourceAsStream("headers.txt")) {
            if (in == null) {
                throw new IllegalStateException("headers.txt is missing from the indexer jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                boolean signature = !parts[1].startsWith("~");
                Field field = Field.valueOf(parts[1].substring(signature ? 0 : 1));
                Map<String, Entry> target = raw.get(Group.valueOf(parts[0]));
                rawNames.get(Group.valueOf(parts[0])).putIfAbsent(field, parts[2]);
                for (int i = 2; i < parts.length; i++) {
                    String alias = HeaderNormalizer.normalize(parts[i]);
                    Entry previous = target.put(alias, new Entry(field, signature));
                    if (previous != null && previous.field() != field) {
                        throw new IllegalStateException("headers.txt line " + number + ": " + parts[i]
                                + " already means " + previous.field());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Group, HeaderDictionary> out = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            Map<String, Entry> merged = new HashMap<>();
            Map<Field, String> names = new EnumMap<>(Field.class);
            if (g != Group.STATUS && g != Group.SUBJECT) {
                merged.putAll(raw.get(Group.SUBJECT));
                names.putAll(rawNames.get(Group.SUBJECT));
            }
            names.putAll(rawNames.get(g));
            for (Map.Entry<String, Entry> e : raw.get(g).entrySet()) {
                Entry previous = merged.put(e.getKey(), e.getValue());
                if (previous != null && previous.field() != e.getValue().field()) {
                    throw new IllegalStateException("headers.txt: " + e.getKey() + " means " + previous.field()
                            + " for every kind and " + e.getValue().field() + " for " + g);
                }
            }
            out.put(g, new HeaderDictionary(g, merged, names));
        }
        return out;
    }

    private static Set<String> allAliases() {
        Set<String> all = new HashSet<>();
        BY_GROUP.values().forEach(d -> all.addAll(d.entries.keySet()));
        return Set.copyOf(all);
    }
}
