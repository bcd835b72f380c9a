package io.vivier.segment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vivier.prospect.Person;
import io.vivier.prospect.ProspectJson;
import io.vivier.web.InvalidInputException;
import io.vivier.web.Paging;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/lists")
@Tag(name = "Lists", description = "Static lists: snapshots of people you add to and remove from")
class ListsApi {

  private final Segments segments;

  ListsApi(Segments segments) {
    this.segments = segments;
  }

  @GetMapping
  @Operation(summary = "The static lists, by name, with their sizes")
  List<Map<String, Object>> list() {
    return segments.lists().stream().map(ListsApi::json).toList();
  }

  @PostMapping
  @Operation(summary = "Create an empty list: {\"name\": \"Salon 2026 à rappeler\"}; anyone signed in may, and keeps it")
  ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body, Authentication user) {
    StaticList list = segments.createList(SegmentsApi.text(body.get("name")), SegmentsApi.editor(user));
    return ResponseEntity.created(URI.create("/api/v1/lists/" + list.id())).body(json(list));
  }

  @GetMapping("/{id}")
  Map<String, Object> get(@PathVariable long id) {
    return json(segments.list(id));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a list no segment uses (its creator or an administrator); the people stay")
  ResponseEntity<Void> delete(@PathVariable long id, Authentication user) {
    segments.deleteList(id, SegmentsApi.editor(user));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/people")
  @Operation(summary = "The people of a list, by id, with keyset paging (pass next_cursor back as cursor)")
  Map<String, Object> people(@PathVariable long id, @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    int size = Paging.limit(limit);
    long after = 0;
    if (cursor != null) {
      try {
        after = Long.parseLong(cursor);
      } catch (NumberFormatException e) {
        throw new InvalidInputException("cursor", "not a cursor given by a previous page; start again without it");
      }
    }
    List<Person> people = segments.members(id, after, size + 1);
    boolean more = people.size() > size;
    List<Person> page = more ? people.subList(0, size) : people;
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("items", page.stream().map(ProspectJson::of).toList());
    json.put("next_cursor", more ? Long.toString(page.get(size - 1).id()) : null);
    return json;
  }

  @PostMapping("/{id}/people")
  @Operation(summary = "Add people: {\"ids\": [1, 2]}, or {\"filter\": \"…\"} for those it matches now (a snapshot)")
  Map<String, Object> add(@PathVariable long id, @RequestBody Map<String, Object> body, Authentication user) {
    int added;
    if (body.get("filter") != null && body.get("ids") == null) {
      added = segments.addToList(id, body.get("filter").toString(), SegmentsApi.editor(user));
    } else {
      added = segments.addToList(id, ids(body), SegmentsApi.editor(user));
    }
    return Map.of("added", added, "size", segments.list(id).size());
  }

  @PostMapping("/{id}/people/remove")
  @Operation(summary = "Take people out of the list: {\"ids\": [1, 2]}")
  Map<String, Object> remove(@PathVariable long id, @RequestBody Map<String, Object> body, Authentication user) {
    int removed = segments.removeFromList(id, ids(body), SegmentsApi.editor(user));
    return Map.of("removed", removed, "size", segments.list(id).size());
  }

  private static List<Long> ids(Map<String, Object> body) {
    if (!(body.get("ids") instanceof List<?> values) || values.isEmpty() || values.size() > 10_000) {
      throw new InvalidInputException("ids", "a list of 1 to 10000 person ids (or give a filter instead)");
    }
    List<Long> ids = new ArrayList<>();
    for (Object value : values) {
      if (!(value instanceof Number number) || number.longValue() <= 0 || number.doubleValue() != number.longValue()) {
        throw new InvalidInputException("ids", "'" + value + "' is not a person id");
      }
      ids.add(number.longValue());
    }
    return ids;
  }

  private static Map<String, Object> json(StaticList list) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", list.id());
    json.put("name", list.name());
    json.put("size", list.size());
    json.put("created_by", list.createdBy());
    json.put("created_at", list.createdAt().toString());
    json.put("updated_at", list.updatedAt().toString());
    return json;
  }
}
