package org.xinyong.api.ops;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus-style cumulative histogram of durations in seconds, lock-free. */
final class Histogram {
    static final double[] BOUNDS = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10};

    private final AtomicLongArray buckets = new AtomicLongArray(BOUNDS.length);
    private final LongAdder count = new LongAdder();
    private final DoubleAdder sum = new DoubleAdder();

    void observe(double seconds) {
        for (int i = 0; i < BOUNDS.length; i++) {
            if (seconds <= BOUNDS[i]) {
                buckets.incrementAndGet(i);
                break;
            }
        }
        count.increment();
        sum.add(seconds);
    }

    void write(StringBuilder out, String name, String labels) {
        long cumulative = 0;
        String sep = labels.isEmpty() ? "" : ",";
        for (int i = 0; i < BOUNDS.length; i++) {
            cumulative += buckets.get(i);
            out.append(name).append("_bucket{").append(labels).append(sep).append("le=\"").append(BOUNDS[i]).append("\"} ")
                    .append(cumulative).append('\n');
        }
        out.append(name).append("_bucket{").append(labels).append(sep).append("le=\"+Inf\"} ").append(count.sum()).append('\n');
        out.append(name).append("_sum{").append(labels).append("} ").append(sum.sum()).append('\n');
        out.append(name).append("_count{").append(labels).append("} ").append(count.sum()).append('\n');
    }
}
