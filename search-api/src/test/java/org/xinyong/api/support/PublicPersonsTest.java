package org.xinyong.api.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xinyong.core.model.SubjectType;

/** The rule the credit file and the report apply to what they read; the ITs cover the searches that ask Elasticsearch. */
class PublicPersonsTest {
    @Test
    void aNaturalPerson_isShownOnlyWithAPublicRecord() {
        assertFalse(PublicPersons.mayShow(SubjectType.NATURAL_PERSON.name(), 0));
        assertTrue(PublicPersons.mayShow(SubjectType.NATURAL_PERSON.name(), 1));
    }

    @Test
    void anyOtherSubject_isShownWithoutOne() {
        for (SubjectType type : SubjectType.values()) {
            if (type != SubjectType.NATURAL_PERSON) {
                assertTrue(PublicPersons.mayShow(type.name(), 0), type.name());
            }
        }
        // a subject stored without a type is not taken for a person: only a stored NATURAL_PERSON is one
        assertTrue(PublicPersons.mayShow("null", 0));
        assertTrue(PublicPersons.mayShow("", 0));
    }
}
