package io.vivier.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One change in the audit log: who did what to which record, and for updates each changed field
 * with its value before and after ({@code {"email": ["old", "new"]}}).
 */
public record AuditEntry(
    long id, Instant at, String actor, String action, String entityType, Long entityId, Map<String, Object> changes) {}
