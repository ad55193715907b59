package org.xinyong.api;

import org.xinyong.api.security.ApiKeys;
import org.xinyong.api.security.AuditLog;

/** The stateful collaborators of the routes beyond Elasticsearch: callers' keys and the audit trail. */
public record ApiServices(ApiKeys keys, AuditLog audit) {
}
