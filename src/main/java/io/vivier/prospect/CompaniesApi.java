package io.vivier.prospect;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vivier.user.Actors;
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
@RequestMapping("/api/v1/companies")
@Tag(name = "Companies")
class CompaniesApi {

  private final CompanyService service;
  private final PeopleService people;
  private final DuplicateFinder duplicates;

  CompaniesApi(CompanyService service, PeopleService people, org.springframework.beans.factory.ObjectProvider<DuplicateFinder> duplicates) {
    this.service = service;
    this.people = people;
    this.duplicates = duplicates.getIfAvailable(() -> DuplicateFinder.NONE);
  }

  @GetMapping
  @Operation(summary = "List companies by name, with keyset paging")
  Map<String, Object> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    Page<Company> page = service.list(q, cursor, Paging.limit(limit));
    return Pages.json(page.items().stream().map(ProspectJson::of).toList(), page.nextCursor());
  }

  @PostMapping
  @Operation(summary = "Create a company; earlier companies that may be the same (same SIREN or domain, or likely by the matching"
      + " model among those whose name starts alike) come back as possible_duplicates and go to the review queue")
  ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body) {
    Company company = service.create(body, Actors.current());
    Map<String, Object> json = new java.util.LinkedHashMap<>(ProspectJson.of(company));
    List<DuplicateFinder.Likely> likely = duplicates.afterCreate(company, Actors.current());
    if (!likely.isEmpty()) {
      json.put("possible_duplicates", likely.stream().map(l -> Map.of("id", l.personId(), "probability", l.probability())).toList());
    }
    return ResponseEntity.created(URI.create("/api/v1/companies/" + company.id()))
        .eTag(Long.toString(company.version()))
        .body(json);
  }

  @GetMapping("/{id}")
  ResponseEntity<Map<String, Object>> get(@PathVariable long id) {
    Company company = service.get(id);
    return ResponseEntity.ok().eTag(Long.toString(company.version())).body(ProspectJson.of(company));
  }

  @GetMapping("/{id}/people")
  Map<String, Object> people(
      @PathVariable long id,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    service.get(id);
    Page<Person> page = people.list(new PersonQuery(null, null, null, id), cursor, Paging.limit(limit));
    return Pages.json(page.items().stream().map(ProspectJson::of).toList(), page.nextCursor());
  }

  @PatchMapping("/{id}")
  ResponseEntity<Map<String, Object>> update(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Map<String, Object> body) {
    long version = Versions.required(ifMatch, body.get("version"));
    Company company = service.update(id, version, body, Actors.current());
    return ResponseEntity.ok().eTag(Long.toString(company.version())).body(ProspectJson.of(company));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(
      @PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    service.delete(id, Versions.fromIfMatch(ifMatch), Actors.current());
    return ResponseEntity.noContent().build();
  }
}
