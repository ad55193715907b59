package org.xinyong.api.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.xinyong.api.es.CutShortAnswers;
import org.xinyong.api.support.PublicPersons;
import org.xinyong.api.support.Views;

/**
 * The subjects a subjects search found, read straight from the bytes of its answer: their public
 * views (fields, labels, mask guard, {@link Views#writeSubject}, and the name marked where it
 * shares the text, {@link NameMarks}) written once as
 * the JSON array the search and the suggestions show, and what ranking the records needs of
 * each ({@link Found}).
 *
 * <p>Why not a tree: the subjects' answer read into a tree, copied into a view tree and written
 * out was 8 % of the API's event loop (JFR at c=16, 2026-11-26), for five subjects a search.
 *
 * @param took Elasticsearch's time for the search, in milliseconds
 * @param found the subjects, best first
 * @param views their public views, one JSON array in the same order (UTF-8)
 * @param viewEnds where each view ends in {@code views} (the offset after its closing brace): a
 *     view starts one byte after the previous one ends (the comma, or the array's bracket), so
 *     subjects are left out by copying bytes, not by reading the views into a tree again
 * @param approximate found by the typo-tolerant search: names like the text, not names that match
 *     it (shown as such, and not ranked as if they were what was asked for)
 */
public record FoundSubjects(long took, List<Found> found, byte[] views, int[] viewEnds, boolean approximate) {

    /** What ranking the records needs of a subject found; {@code person}: a natural person ({@link PublicPersons}). */
    public record Found(String key, String name, String creditCode, boolean person) {
    }

    /** The natural persons among the subjects found. */
    public List<String> persons() {
        return found.stream().filter(Found::person).map(Found::key).toList();
    }

    /** Nothing searched (an empty text). */
    public static final FoundSubjects NONE = new FoundSubjects(0, List.of(), new byte[] {'[', ']'}, new int[0], false);

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The same subjects, found by the typo-tolerant search (none found: nothing to offer, nothing approximate). */
    public FoundSubjects approximately() {
        return found.isEmpty() ? this : new FoundSubjects(took, found, views, viewEnds, true);
    }

    /**
     * The subjects a search ranks its records by: the first, up to the {@code wanted}-th that is
     * not a natural person (or all there are). A person may turn out to have no public record and
     * leave a place ({@link PublicPersons}); a company never does, so however many of the persons
     * are hidden, {@code wanted} subjects are left to show. (Taking one spare for each person among
     * the first {@code wanted} showed fewer when the spares were hidden persons too.) Such a
     * person's key matches no public record, so it takes nothing from the ranking. The spares'
     * records rank after those of the first, whether or not the spares end up shown: they matched
     * the text as names too (a pinyin search finds the records of up to ten namesakes then, not five).
     */
    public FoundSubjects ranked(int wanted) {
        int taken = 0;
        for (int others = 0; taken < found.size() && others < wanted; taken++) {
            if (!found.get(taken).person()) {
                others++;
            }
        }
        return without(Set.of(), taken);
    }

    /**
     * The same without the subjects {@code hidden} names (natural persons without a public record,
     * {@link PublicPersons}), and at most the first {@code limit} of the rest, in order.
     */
    public FoundSubjects without(Set<String> hidden, int limit) {
        if (found.size() <= limit && found.stream().noneMatch(f -> isIn(hidden, f))) {
            return this;
        }
        ByteArrayBuilder shown = new ByteArrayBuilder(views.length);
        List<Found> kept = new ArrayList<>();
        int[] keptEnds = new int[Math.min(limit, found.size())];
        shown.append('[');
        for (int i = 0; i < found.size() && kept.size() < limit; i++) {
            if (isIn(hidden, found.get(i))) {
                continue;
            }
            if (!kept.isEmpty()) {
                shown.append(',');
            }
            int start = i == 0 ? 1 : viewEnds[i - 1] + 1;
            shown.write(views, start, viewEnds[i] - start);
            keptEnds[kept.size()] = shown.size();
            kept.add(found.get(i));
        }
        shown.append(']');
        return new FoundSubjects(took, List.copyOf(kept), shown.toByteArray(), Arrays.copyOf(keptEnds, kept.size()),
                approximate && !kept.isEmpty());
    }

    private static boolean isIn(Set<String> keys, Found subject) {
        return subject.key() != null && keys.contains(subject.key());
    }

    /** Reads a search answer, no names marked (the suggestions). */
    public static FoundSubjects read(ObjectMapper mapper, byte[] raw) throws IOException {
        return read(mapper, raw, null);
    }

    /**
     * Reads a search answer; one Elasticsearch cut short is refused ({@link CutShortAnswers}: the
     * subjects missing from it would leave their records out of the search too).
     *
     * @param marks the text typed, to mark in each name what it shares with it ({@link NameMarks},
     *     as {@code highlight.name}); null: no marks
     */
    public static FoundSubjects read(ObjectMapper mapper, byte[] raw, String marks) throws IOException {
        ByteArrayBuilder views = new ByteArrayBuilder(raw.length);
        List<Found> found = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        long took = 0;
        try (JsonParser in = mapper.createParser(raw); JsonGenerator out = mapper.createGenerator(views)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the search answer is not an object");
            }
            out.writeStartArray();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                if (field.equals("took") && value.isNumeric()) {
                    took = in.getLongValue();
                } else if (field.equals("hits") && value == JsonToken.START_OBJECT) {
                    readHits(in, raw, out, views, found, ends, marks);
                } else if (!CutShortAnswers.read(field, in)) {
                    in.skipChildren();
                }
            }
            out.writeEndArray();
        }
        return new FoundSubjects(took, List.copyOf(found), views.toByteArray(),
                ends.stream().mapToInt(Integer::intValue).toArray(), false);
    }

    /** The answer's {@code hits} object; each hit of its {@code hits} array becomes a view. */
    private static void readHits(JsonParser in, byte[] raw, JsonGenerator out, ByteArrayBuilder views,
                                 List<Found> found, List<Integer> ends, String marks) throws IOException {
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            boolean isHits = in.currentName().equals("hits");
            if (in.nextToken() != JsonToken.START_ARRAY || !isHits) {
                in.skipChildren();
                continue;
            }
            while (in.nextToken() == JsonToken.START_OBJECT) {
                if (readHit(in, raw, out, found, marks)) {
                    out.flush();
                    ends.add(views.size());
                }
            }
        }
    }

    /** @return whether the hit had a source, and so became a view */
    private static boolean readHit(JsonParser in, byte[] raw, JsonGenerator out, List<Found> found, String marks)
            throws IOException {
        boolean written = false;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            JsonToken value = in.nextToken();
            if (field.equals("_source") && value == JsonToken.START_OBJECT && !written) {
                out.writeStartObject();
                String[] identity = Views.writeSubject(in, raw, out);
                found.add(new Found(identity[0], identity[1], identity[2], PublicPersons.isPersonType(identity[3])));
                String marked = marks == null ? null : NameMarks.mark(identity[1], marks);
                if (marked != null) {
                    out.writeObjectFieldStart("highlight");
                    out.writeStringField("name", marked);
                    out.writeEndObject();
                }
                written = true;
            } else {
                in.skipChildren();
            }
        }
        if (written) {
            out.writeEndObject();
        }
        return written;
    }
}
