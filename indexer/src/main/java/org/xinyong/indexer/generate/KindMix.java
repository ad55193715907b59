package org.xinyong.indexer.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.xinyong.indexer.feed.FeedKind;

/**
 * The mix of kinds in streams that hold several (records.jsonl, {@link Generator#records}): a fixed
 * cycle of 20 — 7 penalties, 5 licences, 2 each of commitments, inspections and evaluations, one
 * red and one black list entry — so row {@code j}'s kind and its index within the kind are
 * arithmetic, not state.
 */
final class KindMix {
    private static final List<FeedKind> CYCLE = cycle();
    private static final Map<FeedKind, Integer> PER_CYCLE = perCycle();

    /** @param index the row's index within its kind */
    record Slot(FeedKind kind, long index) {
    }

    private KindMix() {
    }

    /** @param starts where each kind's indices start (after the tabular files' ranges) */
    static Slot slot(long j, Map<FeedKind, Long> starts) {
        int at = (int) (j % CYCLE.size());
        FeedKind kind = CYCLE.get(at);
        long rank = CYCLE.subList(0, at).stream().filter(k -> k == kind).count();
        long index = starts.getOrDefault(kind, 0L) + (j / CYCLE.size()) * PER_CYCLE.get(kind) + rank;
        return new Slot(kind, index);
    }

    private static List<FeedKind> cycle() {
        List<FeedKind> c = new ArrayList<>();
        FeedKind[] order = {FeedKind.PENALTY, FeedKind.LICENSE, FeedKind.PENALTY, FeedKind.COMMITMENT, FeedKind.PENALTY,
            FeedKind.INSPECTION, FeedKind.LICENSE, FeedKind.PENALTY, FeedKind.EVALUATION, FeedKind.RED_LIST,
            FeedKind.PENALTY, FeedKind.LICENSE, FeedKind.COMMITMENT, FeedKind.PENALTY, FeedKind.INSPECTION,
            FeedKind.LICENSE, FeedKind.BLACK_LIST, FeedKind.PENALTY, FeedKind.EVALUATION, FeedKind.LICENSE};
        c.addAll(List.of(order));
        return List.copyOf(c);
    }

    private static Map<FeedKind, Integer> perCycle() {
        Map<FeedKind, Integer> m = new EnumMap<>(FeedKind.class);
        CYCLE.forEach(k -> m.merge(k, 1, Integer::sum));
        return m;
    }
}
