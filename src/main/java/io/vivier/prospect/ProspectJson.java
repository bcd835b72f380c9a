package io.vivier.prospect;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of people and companies in the API: canonical field names, snake_case. */
public final class ProspectJson {

  private ProspectJson() {}

  public static Map<String, Object> of(Person person) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", person.id());
    json.put("version", person.version());
    for (PersonField field : PersonField.values()) {
      json.put(field.key(), person.get(field));
    }
    json.put(
        "company",
        person.company() == null ? null : Map.of("id", person.company().id(), "name", person.company().name()));
    json.put("created_at", person.createdAt());
    json.put("updated_at", person.updatedAt());
    json.put("last_activity_at", person.lastActivityAt());
    return json;
  }

  public static Map<String, Object> of(Company company) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", company.id());
    json.put("version", company.version());
    for (CompanyField field : CompanyField.values()) {
      json.put(field.key(), company.get(field));
    }
    json.put("people_count", company.peopleCount());
    json.put("created_at", company.createdAt());
    json.put("updated_at", company.updatedAt());
    return json;
  }
}
