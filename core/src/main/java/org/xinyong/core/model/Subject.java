package org.xinyong.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A legal person, individual business or natural person that public records are about: one
 * document per subject in the subjects index, used for suggestions, subject files and matching.
 *
 * @param key 统一社会信用代码, or {@code P…} (keyed ID hash) for a natural person
 * @param coreName the name without region prefix and company-form suffix (南通国际家纺产业园有限公司 → 国际家纺产业园)
 * @param region 6-digit administrative division code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subject(
        String key,
        SubjectType type,
        String name,
        List<String> formerNames,
        String coreName,
        String creditCode,
        String personIdHash,
        String personIdMasked,
        String legalRepresentative,
        String region,
        String address,
        String entityType,
        LocalDate registrationDate,
        String registrationStatus,
        Instant updatedAt) {

    public Subject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
    }
}
