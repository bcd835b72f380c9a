package io.vivier.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vivier.web.Paging;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit log")
class AuditApi {

  private final AuditLog audit;

  AuditApi(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/api/v1/audit")
  @Operation(summary = "Changes, newest first; filter by entity_type (person, company, user, token) and entity_id")
  Map<String, Object> list(
      @RequestParam(name = "entity_type", required = false) String entityType,
      @RequestParam(name = "entity_id", required = false) Long entityId,
      @RequestParam(required = false) Long cursor,
      @RequestParam(required = false) Integer limit) {
    boolean prospectHistory = entityId != null && ("person".equals(entityType) || "company".equals(entityType));
    if (!prospectHistory && !isAdmin()) {
      throw new AccessDeniedException("only admins read the whole audit log; others read one prospect's history");
    }
    int size = Paging.limit(limit);
    List<AuditEntry> entries = audit.of(entityType, entityId, cursor, size + 1);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("items", entries.stream().limit(size).toList());
    json.put("next_cursor", entries.size() > size ? entries.get(size - 1).id() : null);
    return json;
  }

  private static boolean isAdmin() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
  }
}
