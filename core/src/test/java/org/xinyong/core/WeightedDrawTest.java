package org.xinyong.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.xinyong.core.inspection.WeightedDraw;

class WeightedDrawTest {

    private static TreeMap<String, Integer> population() {
        TreeMap<String, Integer> weights = new TreeMap<>();
        for (int i = 0; i < 400; i++) {
            weights.put(String.format("S%04d", i), i < 200 ? 1 : 8);
        }
        return weights;
    }

    @Test
    void draw_sameSeed_sameSubjects() {
        assertEquals(WeightedDraw.draw("seed-1", population(), 20), WeightedDraw.draw("seed-1", population(), 20));
        assertTrue(!WeightedDraw.draw("seed-1", population(), 20).equals(WeightedDraw.draw("seed-2", population(), 20)));
    }

    @Test
    void draw_heavierWeights_areDrawnMoreOften() {
        Map<Integer, Integer> drawnByWeight = new HashMap<>();
        for (int s = 0; s < 200; s++) {
            for (WeightedDraw.Ticket t : WeightedDraw.draw("seed-" + s, population(), 10)) {
                drawnByWeight.merge(t.weight(), 1, Integer::sum);
            }
        }
        // equal group sizes, weights 8 : 1 — the heavy group should be drawn several times as often
        assertTrue(drawnByWeight.get(8) > 4 * drawnByWeight.getOrDefault(1, 0), drawnByWeight.toString());
    }

    @Test
    void uniform_isInOpenUnitInterval_andStable() {
        double u = WeightedDraw.uniform("seed", "91320602MA0000001X");
        assertTrue(u > 0 && u < 1);
        assertEquals(u, WeightedDraw.uniform("seed", "91320602MA0000001X"));
        assertEquals(List.of(), WeightedDraw.draw("x", new TreeMap<>(), 5));
    }
}
