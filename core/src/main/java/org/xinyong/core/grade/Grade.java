package org.xinyong.core.grade;

import java.util.List;

/**
 * A subject's grade under {@link GradeModel}: the letter, the score it came from, and every
 * factor's contribution, so anyone can see why.
 */
public record Grade(String letter, int score, String modelVersion, List<Factor> factors, String override) {

    /** One line of the explanation: what was counted, how many, and the points it moved. */
    public record Factor(String code, String label, int count, int points) {
    }

    public Grade {
        factors = List.copyOf(factors);
    }
}
