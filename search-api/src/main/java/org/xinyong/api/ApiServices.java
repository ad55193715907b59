package org.xinyong.api;

import org.xinyong.api.reports.ReportService;
import org.xinyong.api.security.ApiKeys;
import org.xinyong.api.security.AuditLog;

/**
 * The stateful collaborators of the routes beyond Elasticsearch: callers' keys, the audit trail,
 * and the report service (fonts and signing key loaded once).
 */
public record ApiServices(ApiKeys keys, AuditLog audit, ReportService reports) {
}
