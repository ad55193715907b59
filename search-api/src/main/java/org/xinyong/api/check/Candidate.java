package org.xinyong.api.check;

import java.util.List;

/**
 * A subject recall found for an entry: the fields the scorer compares, and whether it is a natural
 * person (shown only while one of their records is public: {@link org.xinyong.api.support.PublicPersons}).
 */
public record Candidate(String key, String name, List<String> formerNames, String creditCode, boolean person) {
    public Candidate {
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
    }

    /** An organisation or a business. */
    public Candidate(String key, String name, List<String> formerNames, String creditCode) {
        this(key, name, formerNames, creditCode, false);
    }
}
