package io.vivier.prospect;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vivier.lifecycle.StageChange;
import io.vivier.lifecycle.StageHistory;
import io.vivier.user.Actors;
import io.vivier.web.InvalidInputException;
import io.vivier.web.Paging;
import io.vivier.web.Versions;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Prospects: create, read, update, delete, list, stage changes")
class PeopleApi {

  private final PeopleService service;
  private final StageHistory stageHistory;
  private final DuplicateFinder duplicates;
  private final org.springframework.beans.factory.ObjectProvider<PeopleFilter> filters;

  PeopleApi(PeopleService service, StageHistory stageHistory, org.springframework.beans.factory.ObjectProvider<DuplicateFinder> duplicates,
      org.springframework.beans.factory.ObjectProvider<PeopleFilter> filters) {
    this.service = service;
    this.stageHistory = stageHistory;
    this.duplicates = duplicates.getIfAvailable(() -> DuplicateFinder.NONE);
    this.filters = filters;
  }

  @GetMapping
  @Operation(summary = "List people, newest first, with keyset paging (pass next_cursor back as cursor); with filter (the filter"
      + " language of docs/FILTERS.md), the people it matches, best score first")
  Map<String, Object> list(
      @RequestParam(required = false) String filter,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String owner,
      @RequestParam(name = "company_id", required = false) Long companyId,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    if (filter != null) {
      if (q != null || stage != null || owner != null || companyId != null) {
        throw new InvalidInputException("filter", "cannot be combined with q, stage, owner or company_id: write them in the filter");
      }
      PeopleFilter people = filters.getIfAvailable();
      if (people == null) {
        throw new InvalidInputException("filter", "filters are not available in this installation");
      }
      Page<Person> page = people.list(filter, cursor, Paging.limit(limit));
      return Pages.json(page.items().stream().map(ProspectJson::of).toList(), page.nextCursor());
    }
    String stageValue = stage == null ? null : (String) FieldRules.parseOrReject(PersonField.STAGE, stage, null);
    Page<Person> page =
        service.list(new PersonQuery(q, stageValue, owner, companyId), cursor, Paging.limit(limit));
    return Pages.json(page.items().stream().map(ProspectJson::of).toList(), page.nextCursor());
  }

  @PostMapping
  @Operation(summary = "Create a person; company_name links (or creates) the company of that name. Earlier records that may be the"
      + " same person (same e-mail, or likely by the matching model) come back as possible_duplicates and go to the review queue")
  ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body) {
    Person person = service.create(body, Actors.current());
    Map<String, Object> json = new java.util.LinkedHashMap<>(ProspectJson.of(person));
    List<DuplicateFinder.Likely> likely = duplicates.afterCreate(person, Actors.current());
    if (!likely.isEmpty()) {
      // created all the same, and queued for review (GET /api/v1/duplicates)
      json.put("possible_duplicates", likely.stream().map(l -> Map.of("id", l.personId(), "probability", l.probability())).toList());
    }
    return ResponseEntity.created(URI.create("/api/v1/people/" + person.id()))
        .eTag(Long.toString(person.version()))
        .body(json);
  }

  @GetMapping("/{id}")
  ResponseEntity<Map<String, Object>> get(@PathVariable long id) {
    Person person = service.get(id);
    return ResponseEntity.ok().eTag(Long.toString(person.version())).body(ProspectJson.of(person));
  }

  @PatchMapping("/{id}")
  @Operation(summary = "Change the fields given (null clears one); needs If-Match with the ETag read, or version")
  ResponseEntity<Map<String, Object>> update(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Map<String, Object> body) {
    long version = Versions.required(ifMatch, body.get("version"));
    Person person = service.update(id, version, body, Actors.current());
    return ResponseEntity.ok().eTag(Long.toString(person.version())).body(ProspectJson.of(person));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(
      @PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    service.delete(id, Versions.fromIfMatch(ifMatch), Actors.current());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/stage")
  @Operation(summary = "Move a person to another stage: {\"stage\": \"MQL\", \"reason\": \"…\"}")
  ResponseEntity<Map<String, Object>> changeStage(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Map<String, Object> body) {
    Object stage = body.get("stage");
    Object reason = body.get("reason");
    Person person =
        service.changeStage(
            id,
            Versions.fromIfMatch(ifMatch),
            stage == null ? null : stage.toString(),
            reason == null ? null : reason.toString(),
            Actors.current());
    return ResponseEntity.ok().eTag(Long.toString(person.version())).body(ProspectJson.of(person));
  }

  @GetMapping("/{id}/stage-history")
  List<StageChange> stageHistory(@PathVariable long id) {
    service.get(id);
    return stageHistory.of(id);
  }
}
