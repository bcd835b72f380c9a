package io.vivier.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vivier.user.Actors;
import io.vivier.web.Paging;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people/{personId}/activities")
@Tag(name = "Activities", description = "Interactions with a person: e-mails, calls, meetings, notes…")
class ActivitiesApi {

  private final ActivityService service;

  ActivitiesApi(ActivityService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "The person's timeline, newest first; pass next_cursor back as cursor")
  Map<String, Object> list(
      @PathVariable long personId,
      @RequestParam(required = false) Long cursor,
      @RequestParam(required = false) Integer limit) {
    int size = Paging.limit(limit);
    List<Activity> page = service.timeline(personId, cursor, size + 1);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("items", page.stream().limit(size).map(ActivitiesApi::json).toList());
    json.put("next_cursor", page.size() > size ? page.get(size - 1).id() : null);
    return json;
  }

  @PostMapping
  @Operation(summary = "Log an activity: {\"type\": \"call\", \"outcome\": \"no_answer\", \"occurred_at\": \"…\"}")
  ResponseEntity<Map<String, Object>> log(@PathVariable long personId, @RequestBody Map<String, Object> body) {
    Activity activity = service.log(personId, body, Actors.current());
    return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/activities/" + activity.id()))
        .body(json(activity));
  }

  static Map<String, Object> json(Activity a) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", a.id());
    json.put("person_id", a.personId());
    json.put("type", a.type().name().toLowerCase(java.util.Locale.ROOT));
    json.put("occurred_at", a.occurredAt());
    json.put("subject", a.subject());
    json.put("body", a.body());
    json.put("outcome", a.outcome() == null ? null : a.outcome().name().toLowerCase(java.util.Locale.ROOT));
    json.put("duration_seconds", a.durationSeconds());
    json.put("created_by", a.createdBy());
    json.put("created_at", a.createdAt());
    json.put("metadata", a.metadata());
    return json;
  }
}
