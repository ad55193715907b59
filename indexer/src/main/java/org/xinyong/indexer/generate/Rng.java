package org.xinyong.indexer.generate;

import java.util.List;

/**
 * SplitMix64: tiny, fast and fully specified, so the same seed gives the same data on every JDK
 * (java.util.Random would too, but cannot be split per row cheaply). Every generated row gets its
 * own stream from (seed, stream, index), which is what makes rows independent of file layout and
 * lets any row be regenerated on its own (the status feed names penalties that way).
 */
final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    private Rng(long state) {
        this.state = state;
    }

    static Rng of(long seed, long stream, long index) {
        return new Rng(mix(mix(seed ^ GOLDEN) ^ mix(stream * GOLDEN + 1)) ^ mix(index + GOLDEN * 3));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** An index into {@code weights}, chosen with probability proportional to its weight. */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
