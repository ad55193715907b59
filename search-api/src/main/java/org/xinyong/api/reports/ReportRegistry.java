package org.xinyong.api.reports;

import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.es.PlainIndexes;

/**
 * The registry of issued reports: number, subject, time and SHA-256 of the exact bytes served.
 * A report is registered (and the registration made searchable) before its bytes leave, so any
 * report a user holds can be looked up. The index is never rebuilt and never deleted from.
 */
public final class ReportRegistry {

    /** One issued report. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Registration(String number, String subjectKey, String subjectName, Instant generatedAt, String sha256,
                               String caller) {
    }

    private static final String MAPPING = """
            {"dynamic": "strict", "properties": {
              "number": {"type": "keyword"}, "subjectKey": {"type": "keyword"}, "subjectName": {"type": "keyword"},
              "generatedAt": {"type": "date"}, "sha256": {"type": "keyword"}, "caller": {"type": "keyword", "index": false}}}
            """;

    private ReportRegistry() {
    }

    /** Creates the registry index if it does not exist (once, at start-up). */
    public static void ensureIndex(EsClients es, IndexNames names) {
        PlainIndexes.ensure(es.client(), names.reports(), MAPPING);
    }

    /** Registers a report; blocking, so call it on a worker (it is part of issuing the report). */
    public static void register(EsClients es, IndexNames names, Registration registration) {
        try {
            es.client().create(c -> c.index(names.reports()).id(registration.number()).document(registration)
                    .refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
