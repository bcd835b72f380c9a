package io.vivier.importing;

import io.vivier.prospect.Company;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One prospect flattened for export: values by canonical field name ({@link #FIELDS}), typed as
 * stored — {@code String}, {@code Long}, {@code List<String>} for tags and technologies,
 * {@code Instant} for the dates, a map for {@code attributes}. Absent and null values are empty.
 *
 * @param values by name; names outside {@link #FIELDS} are refused
 */
public record ExportRecord(Map<String, Object> values) {

  /** The canonical prospect fields of DESIGN.md, in their documented order. */
  public static final List<String> CANONICAL_FIELDS =
      List.of(
          "first_name", "last_name", "email", "phone", "mobile", "job_title", "function", "seniority",
          "linkedin_url", "company_name", "company_domain", "siren", "siret", "naf_code", "industry",
          "employees", "employee_range", "revenue", "technologies", "street", "postcode", "city",
          "country", "source", "source_detail", "owner", "stage", "score", "tags", "consent_email",
          "consent_phone", "legal_basis", "created_at", "updated_at", "last_activity_at", "external_id");

  /** Every name a record may hold: {@code id}, the canonical fields, then {@code attributes}. */
  public static final List<String> FIELDS =
      Stream.of(Stream.of("id"), CANONICAL_FIELDS.stream(), Stream.of("attributes"))
          .flatMap(s -> s)
          .toList();

  private static final Set<String> NAMES = Set.copyOf(FIELDS);

  private static final List<CompanyField> COMPANY_FIELDS =
      List.of(
          CompanyField.SIREN, CompanyField.SIRET, CompanyField.NAF_CODE, CompanyField.INDUSTRY,
          CompanyField.EMPLOYEES, CompanyField.EMPLOYEE_RANGE, CompanyField.REVENUE,
          CompanyField.TECHNOLOGIES);

  public ExportRecord {
    Set<String> unknown =
        values.keySet().stream().filter(k -> !NAMES.contains(k)).collect(Collectors.toSet());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("not export fields: " + unknown + "; known: " + FIELDS);
    }
    values = Collections.unmodifiableMap(new HashMap<>(values));
  }

  /**
   * A person with their company's fields.
   *
   * @param company the person's company as loaded, or null (then only the company name is known)
   * @throws IllegalArgumentException when the company is not the person's
   */
  public static ExportRecord of(Person person, Company company) {
    if (company != null && (person.company() == null || person.company().id() != company.id())) {
      throw new IllegalArgumentException(
          "company #" + company.id() + " is not the company of person #" + person.id());
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", person.id());
    for (PersonField field : PersonField.values()) {
      if (field != PersonField.COMPANY_ID) {
        values.put(field.key(), person.get(field));
      }
    }
    if (company != null) {
      values.put("company_name", company.name());
      values.put("company_domain", company.get(CompanyField.DOMAIN));
      for (CompanyField field : COMPANY_FIELDS) {
        values.put(field.key(), company.get(field));
      }
    } else if (person.company() != null) {
      values.put("company_name", person.company().name());
    }
    values.put("created_at", person.createdAt());
    values.put("updated_at", person.updatedAt());
    values.put("last_activity_at", person.lastActivityAt());
    return new ExportRecord(values);
  }

  /** The value of a field; null when empty. */
  public Object get(String name) {
    return values.get(name);
  }

  /** The custom attributes; empty when none. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> attributes() {
    Object attributes = values.get("attributes");
    return attributes == null ? Map.of() : (Map<String, Object>) attributes;
  }
}
