package io.vivier.scoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Scores", description = "Scores of people and companies with their explanations; full rescore; conversion model")
class ScoresApi {

  private final ScoreService service;

  ScoresApi(ScoreService service) {
    this.service = service;
  }

  @GetMapping("/api/v1/people/{id}/score")
  @Operation(summary = "A person's score, grade, fit, engagement and timing, each with the rules and events that made it;"
      + " with icp=NAME, computed now against that ICP (nothing stored)")
  Map<String, Object> person(@PathVariable long id, @RequestParam(required = false) String icp) {
    PersonScore score = icp == null ? service.stored(id).orElseGet(() -> service.preview(id, null)) : service.preview(id, icp);
    return ScoreJson.api(score);
  }

  @GetMapping("/api/v1/companies/{id}/score")
  @Operation(summary = "A company's score rolled up from its people's scores and its fit, with its explanation")
  Map<String, Object> company(@PathVariable long id) {
    CompanyScore score = service.company(id);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("company_id", score.companyId());
    json.put("score", score.score().value());
    json.put("fit", score.fit());
    json.put("best_person_id", score.bestPersonId());
    json.put("people", score.people());
    json.put("scored", score.scored());
    json.put("engaged", score.engaged());
    json.put("explanation", ScoreJson.items(score.score()));
    return json;
  }

  @PostMapping("/api/v1/scores/rescore")
  @Operation(summary = "Score every person again (admin, marketing); moves leads over the MQL threshold")
  Map<String, Object> rescore() {
    return ScoreReports.json(service.rescoreAll(progress -> {}));
  }

  @PostMapping("/api/v1/scores/model")
  @Operation(summary = "Train the conversion model on won and lost history (admin, marketing); says so when there is not enough")
  Map<String, Object> train() {
    return ScoreReports.json(service.trainConversionModel());
  }

  @GetMapping("/api/v1/scores/model")
  @Operation(summary = "The conversion model in use: its history and AUC on held-out prospects")
  Map<String, Object> model() {
    return service.storedModel().map(ScoreReports::json).orElseGet(() -> {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("trained", false);
      json.put("message", "no conversion model: train one (POST /api/v1/scores/model, vivier score --train)");
      return json;
    });
  }
}
