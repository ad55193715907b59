package org.xinyong.api.check;

import java.util.List;

/** A subject recall found for an entry: the fields the scorer compares. */
public record Candidate(String key, String name, List<String> formerNames, String creditCode) {
    public Candidate {
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
    }
}
