package org.xinyong.core.inspection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The 双随机 draw: N subjects from a population, each with probability proportional to its weight
 * (lower grades weigh more), reproducible by anyone from the published seed and population.
 *
 * <p>Algorithm A-ES (Efraimidis & Spirakis, weighted sampling without replacement): each subject
 * gets {@code u = uniform(SHA-256(seed + "\n" + key))} in (0, 1) and the key {@code ln(u) / w};
 * the N largest keys are drawn (ties by subject key). The uniform is the first 53 bits of the
 * digest, so any language with SHA-256 and doubles reproduces it exactly.
 */
public final class WeightedDraw {
    public static final String ALGORITHM = "A-ES(u=SHA-256(seed+\"\\n\"+key)[0..53 bits]; key=ln(u)/weight; top N)";

    private WeightedDraw() {
    }

    /** One member of the population with its draw key, for publishing and re-checking. */
    public record Ticket(String subjectKey, int weight, double u, double key) {
    }

    public static List<Ticket> draw(String seed, SortedMap<String, Integer> weights, int n) {
        List<Ticket> tickets = new ArrayList<>(weights.size());
        weights.forEach((subject, weight) -> {
            double u = uniform(seed, subject);
            tickets.add(new Ticket(subject, weight, u, Math.log(u) / weight));
        });
        tickets.sort(Comparator.comparingDouble(Ticket::key).reversed().thenComparing(Ticket::subjectKey));
        return List.copyOf(tickets.subList(0, Math.min(n, tickets.size())));
    }

    /** A uniform number in (0, 1) from the seed and the subject key. */
    public static double uniform(String seed, String subjectKey) {
        byte[] digest = sha256((seed + "\n" + subjectKey).getBytes(StandardCharsets.UTF_8));
        long bits = ByteBuffer.wrap(digest).getLong() >>> 11;
        return (bits + 0.5) / (double) (1L << 53);
    }

    /** A digest of the population (key and weight per line, sorted), published with the plan. */
    public static String populationDigest(Map<String, Integer> weights) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(weights).forEach((k, w) -> text.append(k).append(',').append(w).append('\n'));
        return HexFormat.of().formatHex(sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
