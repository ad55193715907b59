package org.xinyong.indexer.generate;

import org.xinyong.core.model.SubjectType;

/**
 * A generated subject. {@code residentId} is synthetic (valid checksum, invented person) and is
 * written into feeds only, as a department's file would carry it.
 */
record SyntheticSubject(long index, SubjectType type, String name, String creditCode, String residentId,
                        String legalRepresentative, String region) {

    boolean isPerson() {
        return type == SubjectType.NATURAL_PERSON;
    }
}
