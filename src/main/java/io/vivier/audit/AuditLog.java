package io.vivier.audit;

import java.util.List;
import java.util.Map;

/** The audit log of changes. Entries are only ever appended. */
public interface AuditLog {

  /** Appends an entry stamped with the current time, in the caller's transaction. */
  void record(String actor, String action, String entityType, Long entityId, Map<String, ?> changes);

  /** Newest first, entries older than {@code beforeId} when given. */
  List<AuditEntry> of(String entityType, Long entityId, Long beforeId, int limit);
}
