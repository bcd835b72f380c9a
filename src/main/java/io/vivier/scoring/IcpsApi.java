package io.vivier.scoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vivier.user.Actors;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/icps")
@Tag(name = "ICPs", description = "Ideal customer profiles: weighted rules in the filter language (admin and marketing write)")
class IcpsApi {

  private final IcpService service;

  IcpsApi(IcpService service) {
    this.service = service;
  }

  @GetMapping
  Map<String, Object> list() {
    List<Map<String, Object>> items = service.list().stream().map(ScoreReports::json).toList();
    return Map.of("items", items);
  }

  @GetMapping("/{name}")
  Map<String, Object> get(@PathVariable String name) {
    return ScoreReports.json(service.get(name));
  }

  @PutMapping("/{name}")
  @Operation(summary = "Create or replace an ICP: {\"default\": true, \"rules\": [{\"name\": \"Target sector\","
      + " \"filter\": \"industry in (\\\"Logiciel\\\")\", \"points\": 30}]}; every filter is checked first")
  Map<String, Object> put(@PathVariable String name, @RequestBody Map<String, Object> body) {
    Map<String, Object> json = new java.util.LinkedHashMap<>(ScoreReports.json(service.save(name, body, Actors.current())));
    json.put("next", "stored scores follow the new rules after POST /api/v1/scores/rescore (vivier score --all)");
    return json;
  }

  @DeleteMapping("/{name}")
  ResponseEntity<Void> delete(@PathVariable String name) {
    service.delete(name, Actors.current());
    return ResponseEntity.noContent().build();
  }
}
