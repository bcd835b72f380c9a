package io.vivier.segment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vivier.user.Role;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/segments")
@Tag(name = "Segments", description = "Filters (docs/FILTERS.md): counts, facet counts, saved segments")
class SegmentsApi {

  private final Segments segments;

  SegmentsApi(Segments segments) {
    this.segments = segments;
  }

  @GetMapping("/count")
  @Operation(summary = "How many people a filter matches; a bad filter is a 400 giving its line and column")
  Map<String, Object> count(@RequestParam String filter) {
    return Map.of("count", segments.count(filter));
  }

  @GetMapping("/facets")
  @Operation(summary = "How many people a filter matches, by stage, country, industry, employee range, owner and source")
  FacetCounts facets(@RequestParam String filter) {
    return segments.facets(filter);
  }

  @GetMapping("/fields")
  @Operation(summary = "The fields of the filter language, their types, operators and values")
  List<Map<String, Object>> fields() {
    return FilterFields.ALL.stream().map(SegmentsApi::field).toList();
  }

  @GetMapping
  @Operation(summary = "The saved segments, by name")
  List<Map<String, Object>> list() {
    return segments.segments().stream().map(SegmentsApi::json).toList();
  }

  @PostMapping
  @Operation(summary = "Save a segment: {\"name\": \"ICP France\", \"filter\": \"country = FR and …\"}; anyone signed in may")
  ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body, Authentication user) {
    SavedSegment segment = segments.createSegment(text(body.get("name")), text(body.get("filter")), editor(user));
    return ResponseEntity.created(URI.create("/api/v1/segments/" + segment.id())).body(json(segment));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A saved segment, with how many people it holds now")
  Map<String, Object> get(@PathVariable long id) {
    SavedSegment segment = segments.segment(id);
    Map<String, Object> json = json(segment);
    json.put("count", segments.count(segment.filter()));
    return json;
  }

  @PatchMapping("/{id}")
  @Operation(summary = "Rename a segment or change its filter (its creator or an administrator)")
  Map<String, Object> update(@PathVariable long id, @RequestBody Map<String, Object> body, Authentication user) {
    return json(segments.updateSegment(id, text(body.get("name")), text(body.get("filter")), editor(user)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a segment no other segment uses (its creator or an administrator)")
  ResponseEntity<Void> delete(@PathVariable long id, Authentication user) {
    segments.deleteSegment(id, editor(user));
    return ResponseEntity.noContent().build();
  }

  static Segments.Editor editor(Authentication user) {
    boolean admin = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
    return new Segments.Editor(user.getName(), admin);
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static Map<String, Object> json(SavedSegment segment) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", segment.id());
    json.put("name", segment.name());
    json.put("filter", segment.filter());
    json.put("created_by", segment.createdBy());
    json.put("created_at", segment.createdAt().toString());
    json.put("updated_at", segment.updatedAt().toString());
    return json;
  }

  private static Map<String, Object> field(FilterField field) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", field.isAttribute() ? field.name() + "KEY" : field.name());
    json.put("type", field.type().label());
    json.put("operators", field.type().operators().stream().map(Operator::symbol).toList());
    json.put("description", field.description());
    if (field.choices() != null && !field.choices().values().isEmpty()) {
      json.put("values", field.choices().values());
    }
    return json;
  }
}
