package org.xinyong.indexer.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.xinyong.core.model.Subject;

/**
 * Combines what several records say about one subject. The name on the most recent record is the
 * current name; other names seen under the same code become former names (曾用名), which search
 * and matching use too. Fields a record leaves empty keep what is known.
 */
final class SubjectMerger {
    private SubjectMerger() {
    }

    /** @param seenOn the decision date of the record {@code incoming} came from (may be null) */
    static Merged merge(Merged known, Subject incoming, LocalDate seenOn) {
        if (known == null) {
            return new Merged(incoming, seenOn);
        }
        Subject base = known.subject();
        boolean newer = seenOn != null && (known.lastSeen() == null || seenOn.isAfter(known.lastSeen()));
        Subject current = newer ? incoming : base;
        Subject other = newer ? base : incoming;
        Set<String> former = new LinkedHashSet<>(base.formerNames());
        former.addAll(incoming.formerNames());
        if (!other.name().equals(current.name())) {
            former.add(other.name());
        }
        former.remove(current.name());
        Subject merged = new Subject(current.key(),
                first(current.type(), other.type()),
                current.name(),
                new ArrayList<>(former),
                first(current.coreName(), other.coreName()),
                first(current.creditCode(), other.creditCode()),
                first(current.personIdHash(), other.personIdHash()),
                first(current.personIdMasked(), other.personIdMasked()),
                first(current.legalRepresentative(), other.legalRepresentative()),
                first(current.region(), other.region()),
                first(current.address(), other.address()),
                first(current.entityType(), other.entityType()),
                first(current.registrationDate(), other.registrationDate()),
                first(current.registrationStatus(), other.registrationStatus()),
                null);
        LocalDate last = newer ? seenOn : known.lastSeen();
        return new Merged(merged, last);
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    /** A subject and the date of the newest record it was seen on. */
    record Merged(Subject subject, LocalDate lastSeen) {
        boolean sameAs(Merged other) {
            return other != null && Objects.equals(withoutTime(subject), withoutTime(other.subject));
        }

        private static Subject withoutTime(Subject s) {
            return new Subject(s.key(), s.type(), s.name(), List.copyOf(s.formerNames()), s.coreName(), s.creditCode(),
                    s.personIdHash(), s.personIdMasked(), s.legalRepresentative(), s.region(), s.address(),
                    s.entityType(), s.registrationDate(), s.registrationStatus(), null);
        }
    }
}
