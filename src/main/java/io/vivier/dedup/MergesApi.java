package io.vivier.dedup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.Field;
import io.vivier.prospect.PersonField;
import io.vivier.user.Actors;
import io.vivier.web.BadInputException;
import io.vivier.web.Paging;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Merging duplicates and undoing merges over REST. */
@RestController
@Tag(name = "Duplicates and merges", description = "Review possible duplicates; merge people or companies into a survivor; undo a merge")
class MergesApi {

  private final MergeService service;
  private final DuplicateReview review;

  MergesApi(MergeService service, DuplicateReview review) {
    this.service = service;
    this.review = review;
  }

  @PostMapping("/api/v1/people/merge")
  @Operation(summary = "Merge people into a survivor: {\"survivor_id\": 1, \"merged_ids\": [2, 3], \"picks\": {\"city\": 3}, \"reason\": \"…\"}")
  ResponseEntity<Map<String, Object>> mergePeople(@RequestBody Map<String, Object> body) {
    Merge merge = service.mergePeople(id(body, "survivor_id"), ids(body), picks(body, PersonField.class), text(body, "reason"),
        Actors.current());
    return ResponseEntity.created(URI.create("/api/v1/merges/" + merge.id())).body(json(merge));
  }

  @PostMapping("/api/v1/companies/merge")
  @Operation(summary = "Merge companies into a survivor (their people move to it); same body as for people")
  ResponseEntity<Map<String, Object>> mergeCompanies(@RequestBody Map<String, Object> body) {
    Merge merge = service.mergeCompanies(id(body, "survivor_id"), ids(body), picks(body, CompanyField.class), text(body, "reason"),
        Actors.current());
    return ResponseEntity.created(URI.create("/api/v1/merges/" + merge.id())).body(json(merge));
  }

  @GetMapping("/api/v1/merges")
  @Operation(summary = "Merges, newest first; entity=person or company")
  Map<String, Object> list(@RequestParam(required = false) String entity, @RequestParam(required = false) Integer limit) {
    if (entity != null && !entity.equals("person") && !entity.equals("company")) {
      throw new BadInputException("entity must be person or company, not '" + entity + "'");
    }
    return Map.of("items", service.list(entity, Paging.limit(limit)).stream().map(MergesApi::json).toList());
  }

  @GetMapping("/api/v1/merges/{id}")
  Map<String, Object> get(@PathVariable long id) {
    return json(service.get(id));
  }

  @PostMapping("/api/v1/merges/{id}/undo")
  @Operation(summary = "Undo a merge: the merged records come back as they were, with what moved; the survivor too unless changed since")
  Map<String, Object> undo(@PathVariable long id) {
    MergeService.Unmerged result = service.unmerge(id, Actors.current());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("merge", result.merge());
    json.put("restored", result.restored());
    json.put("survivor_restored", result.survivorRestored());
    json.put("conflicts", result.conflicts());
    json.put("notes", result.notes());
    return json;
  }

  @GetMapping("/api/v1/duplicates")
  @Operation(summary = "The review queue: pending pairs of possible duplicates, most probable first, side by side with why they matched")
  Map<String, Object> duplicates(@RequestParam(defaultValue = "person") String entity, @RequestParam(required = false) Integer limit) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (DuplicateReview.Review review : review.pending(entity, Paging.limit(limit))) {
      DuplicatePair pair = review.pair();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", pair.id());
      item.put("entity", pair.entity());
      item.put("probability", pair.probability());
      item.put("weight", pair.weight());
      item.put("left", withId(pair.leftId(), review.left()));
      item.put("right", withId(pair.rightId(), review.right()));
      item.put("explanation", pair.explanation());
      item.put("found_by", pair.foundBy());
      item.put("found_at", pair.foundAt().toString());
      items.add(item);
    }
    return Map.of("items", items, "pending", review.countPending(entity));
  }

  @PostMapping("/api/v1/duplicates/{id}/merge")
  @Operation(summary = "Merge a pending pair: {\"survivor_id\": 12, \"picks\": {\"city\": 13}} (both optional: the older record survives)")
  ResponseEntity<Map<String, Object>> mergePair(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body) {
    Map<String, Object> request = body == null ? Map.of() : body;
    Long survivor = request.get("survivor_id") == null ? null : id(request, "survivor_id");
    Merge merge = review.merge(id, survivor, Picks.read(request.get("picks")), Actors.current());
    return ResponseEntity.created(URI.create("/api/v1/merges/" + merge.id())).body(json(merge));
  }

  @PostMapping("/api/v1/duplicates/{id}/reject")
  @Operation(summary = "Not duplicates: the pair leaves the queue and is never proposed again")
  Map<String, Object> rejectPair(@PathVariable long id) {
    review.reject(id, Actors.current());
    return Map.of("id", id, "status", "rejected");
  }

  private static Map<String, Object> withId(long id, Map<String, Object> values) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.putAll(values);
    return json;
  }

  static Map<String, Object> json(Merge merge) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", merge.id());
    json.put("entity", merge.entity());
    json.put("survivor_id", merge.survivorId());
    json.put("merged_ids", merge.mergedIds());
    json.put("decisions", merge.decisions());
    json.put("moved", merge.moved());
    json.put("reason", merge.reason());
    json.put("merged_by", merge.mergedBy());
    json.put("merged_at", merge.mergedAt().toString());
    json.put("undone_by", merge.undoneBy());
    json.put("undone_at", merge.undoneAt() == null ? null : merge.undoneAt().toString());
    return json;
  }

  private static long id(Map<String, Object> body, String key) {
    Object value = body.get(key);
    if (value instanceof Number number) {
      return number.longValue();
    }
    throw new BadInputException(key + ": a record id (a number) is required" + (value == null ? "" : ", not '" + value + "'"));
  }

  private static List<Long> ids(Map<String, Object> body) {
    if (!(body.get("merged_ids") instanceof List<?> list) || list.isEmpty()) {
      throw new BadInputException("merged_ids: a list of the ids to merge into the survivor is required");
    }
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Number number)) {
        throw new BadInputException("merged_ids[" + i + "]: a record id (a number), not '" + list.get(i) + "'");
      }
      ids.add(number.longValue());
    }
    return ids;
  }

  private static <F extends Enum<F> & Field> Map<F, Long> picks(Map<String, Object> body, Class<F> fields) {
    return Picks.typed(Picks.read(body.get("picks")), fields);
  }

  private static String text(Map<String, Object> body, String key) {
    Object value = body.get(key);
    return value == null ? null : value.toString();
  }
}
