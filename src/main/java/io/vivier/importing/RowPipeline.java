package io.vivier.importing;

import io.vivier.prospect.CompanyField;
import io.vivier.prospect.Field;
import io.vivier.prospect.FieldRules;
import io.vivier.prospect.PersonField;
import io.vivier.quality.ConsentValues;
import io.vivier.quality.CountryNames;
import io.vivier.quality.DateValues;
import io.vivier.quality.EmailFlags;
import io.vivier.quality.EmployeeCounts;
import io.vivier.quality.JobTitles;
import io.vivier.quality.LegalForms;
import io.vivier.quality.Phones;
import io.vivier.quality.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The row pipeline, the same for every entry point (CSV, XLSX, JSON lines, the bulk API): cleans
 * each cell, normalises and checks it for the field it maps to, and decides whether the row can
 * identify somebody. A bad value is a warning and leaves its field empty; a row is rejected only
 * when it cannot identify anybody. Thread-confined; one instance per import.
 */
final class RowPipeline {

  /** Targets that say who a person is; a file with none of them is a list of companies. */
  private static final Set<String> PERSON_IDENTITY =
      Set.of("first_name", "last_name", "full_name", "email", "mobile", "linkedin_url");
  /** In a list of companies, these columns describe the company. */
  private static final Map<String, String> COMPANY_COLUMNS = Map.of(
      "street", "company_street", "postcode", "company_postcode", "city", "company_city", "country", "company_country",
      "phone", "company_phone", "external_id", "company_external_id");
  private static final Map<String, String> STAGE_SYNONYMS = stageSynonyms();
  private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
  private static final tools.jackson.core.type.TypeReference<Map<String, Object>> MAP = new tools.jackson.core.type.TypeReference<>() {};

  private final List<String> header;
  private final ColumnMapping[] columns;
  private final String defaultCountry;
  private final String source;
  private final boolean companiesOnly;
  private final int countryColumn;
  private final int companyCountryColumn;
  /** A Vivier export: its created_at, last_activity_at are Vivier's own dates, not the source's. */
  private final boolean vivierExport;

  RowPipeline(List<String> header, List<ColumnMapping> mapping, String defaultCountry, String source) {
    this.header = header;
    this.columns = new ColumnMapping[header.size()];
    int country = -1;
    int companyCountry = -1;
    boolean export = false;
    mapping = applied(mapping);
    boolean person = mapping.stream().anyMatch(m -> PERSON_IDENTITY.contains(m.target()));
    for (ColumnMapping m : mapping) {
      export |= m.target().equals(HeaderMapper.VIVIER_ID);
      if (m.column() < columns.length) {
        columns[m.column()] = m;
      }
      if (m.target().equals("country")) {
        country = m.column();
      } else if (m.target().equals("company_country")) {
        companyCountry = m.column();
      }
    }
    this.countryColumn = country;
    this.companyCountryColumn = companyCountry;
    this.companiesOnly = !person;
    this.vivierExport = export;
    this.defaultCountry = defaultCountry == null ? "FR" : defaultCountry;
    this.source = source == null ? null : Text.clean(source);
  }

  boolean companiesOnly() {
    return companiesOnly;
  }

  /**
   * The mapping as the pipeline applies it: in a file without any person column (a list of
   * companies), address, phone and id columns are the company's.
   */
  static List<ColumnMapping> applied(List<ColumnMapping> mapping) {
    if (mapping.stream().anyMatch(m -> PERSON_IDENTITY.contains(m.target()))) {
      return mapping;
    }
    List<ColumnMapping> companyMapping = new java.util.ArrayList<>();
    for (ColumnMapping m : mapping) {
      String target = COMPANY_COLUMNS.get(m.target());
      companyMapping.add(target == null ? m
          : new ColumnMapping(m.column(), m.header(), target, null, m.reason() + "; a list of companies: the company's"));
    }
    return companyMapping;
  }

  ImportRow process(RawRow raw) {
    List<String> cells = raw.cells();
    ImportRow row = new ImportRow(raw.number(), cells);
    row.companiesOnly = companiesOnly;
    if (cells.size() != header.size()) {
      row.warn(null, null, "the row has " + cells.size() + " cells where the header has " + header.size()
          + (cells.size() > header.size() ? "; the extra cells were not imported" : "; the missing ones are read as empty"));
    }
    String region = region(cells, countryColumn);
    String companyRegion = companyCountryColumn >= 0 ? region(cells, companyCountryColumn) : region;
    String fullName = null;
    for (int i = 0; i < columns.length && i < cells.size(); i++) {
      ColumnMapping column = columns[i];
      if (column == null || column.isIgnored()) {
        continue;
      }
      String value = Text.clean(Cells.restore(cells.get(i)));
      if (value == null) {
        continue;
      }
      if (column.target().equals("full_name")) {
        fullName = value;
        continue;
      }
      try {
        apply(row, column, value, region, companyRegion);
      } catch (FieldRules.BadValue e) {
        row.warn(column.header(), value, e.getMessage());
      }
    }
    if (fullName != null) {
      splitName(row, fullName);
    }
    finish(row, region);
    return row;
  }

  /** The country of the row's {@code column} for reading phone numbers, else the default. */
  private String region(List<String> cells, int column) {
    if (column < 0 || column >= cells.size()) {
      return defaultCountry;
    }
    String value = Text.clean(cells.get(column));
    return value == null ? defaultCountry : CountryNames.code(value).orElse(defaultCountry);
  }

  private void apply(ImportRow row, ColumnMapping column, String value, String region, String companyRegion) {
    String target = column.target();
    switch (target) {
      case HeaderMapper.ATTRIBUTE -> {
        // a Vivier export writes custom attributes as attr.<key> columns (CSV, XLSX) or one JSON object (JSON lines)
        if (column.header().startsWith(ExportProfile.ATTRIBUTE_PREFIX) && column.header().length() > ExportProfile.ATTRIBUTE_PREFIX.length()) {
          attribute(row, column.header().substring(ExportProfile.ATTRIBUTE_PREFIX.length()), value);
        } else if (column.header().equals("attributes") && value.startsWith("{")) {
          attributes(row, column, value);
        } else {
          attribute(row, column.attributeKey(), value);
        }
      }
      case HeaderMapper.VIVIER_ID -> {
        try {
          long id = Long.parseLong(value);
          if (id > 0) {
            row.vivierId = id;
            return;
          }
        } catch (NumberFormatException e) {
          // reported below
        }
        row.warn(column.header(), value, "not a Vivier id (a whole number)");
      }
      case HeaderMapper.EMAIL_OPT_OUT ->
          ConsentValues.optOut(value).ifPresent(s -> row.person.put(PersonField.CONSENT_EMAIL, s.toLowerCase(Locale.ROOT)));
      case HeaderMapper.PHONE_OPT_OUT ->
          ConsentValues.optOut(value).ifPresent(s -> row.person.put(PersonField.CONSENT_PHONE, s.toLowerCase(Locale.ROOT)));
      case HeaderMapper.INSEE_TRANCHE -> {
        var count = EmployeeCounts.parseTranche(value);
        if (count.isEmpty()) {
          count = EmployeeCounts.parse(value).filter(c -> c.range() != null && !value.matches("\\d{1,2}"));
        }
        if (count.isEmpty()) {
          row.warn(column.header(), value, "not an INSEE head-count bracket code (00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53)");
        } else {
          row.company.putIfAbsent(CompanyField.EMPLOYEE_RANGE, count.get().range());
        }
      }
      case "email" -> {
        String email = (String) parse(row, PersonField.EMAIL, column, value, region);
        if (email != null) {
          row.person.put(PersonField.EMAIL, email);
          if (EmailFlags.of(email).disposable()) {
            row.warn(column.header(), value, "a disposable (throw-away) e-mail address; kept, but it will not reach anybody for long");
          }
        }
      }
      case "phone", "mobile" -> phone(row, column, value, region, target.equals("phone") ? PersonField.PHONE : PersonField.MOBILE);
      case "company_phone" -> {
        String e164 = Phones.e164(value, companyRegion).orElse(null);
        if (e164 == null) {
          row.warn(column.header(), value, phoneMessage(companyRegion));
        } else {
          row.company.put(CompanyField.PHONE, e164);
        }
      }
      case "country" -> country(row, column, value, PersonField.COUNTRY, null);
      case "company_country" -> country(row, column, value, null, CompanyField.COUNTRY);
      case "job_title" -> {
        put(row, PersonField.JOB_TITLE, column, value, region);
        JobTitles.classify(value).ifPresent(role -> {
          if (role.function() != null) {
            row.person.putIfAbsent(PersonField.FUNCTION, role.function().toLowerCase(Locale.ROOT));
          }
          if (role.seniority() != null) {
            row.person.putIfAbsent(PersonField.SENIORITY, role.seniority().toLowerCase(Locale.ROOT));
          }
        });
      }
      case "function", "seniority" -> {
        PersonField field = target.equals("function") ? PersonField.FUNCTION : PersonField.SENIORITY;
        try {
          row.person.put(field, FieldRules.parse(field, value, region));
        } catch (FieldRules.BadValue e) {
          // a department or level in words: read it as a job title would be
          var role = JobTitles.classify(value);
          String guess = role.map(r -> field == PersonField.FUNCTION ? r.function() : r.seniority()).orElse(null);
          if (guess == null) {
            throw e;
          }
          row.person.put(field, guess.toLowerCase(Locale.ROOT));
        }
      }
      case "stage" -> {
        String stage = STAGE_SYNONYMS.get(Text.fold(value).replaceAll("[^a-z]", ""));
        if (stage == null) {
          throw new FieldRules.BadValue("not a lifecycle stage: one of " + String.join(", ", PersonField.STAGE.choices()));
        }
        row.person.put(PersonField.STAGE, stage);
      }
      case "consent_email", "consent_phone" -> {
        PersonField field = target.equals("consent_email") ? PersonField.CONSENT_EMAIL : PersonField.CONSENT_PHONE;
        String status = ConsentValues.parse(value)
            .orElseThrow(() -> new FieldRules.BadValue("not a consent answer such as oui/non, yes/no, opt-in/opt-out"));
        // an opt-out column read before keeps its opposition
        row.person.merge(field, status.toLowerCase(Locale.ROOT), (a, b) -> ImportMerge.consent((String) a, (String) b));
      }
      case "created_at", "last_activity_at" -> {
        if (vivierExport) {
          return;
        }
        var instant = DateValues.parse(value);
        if (instant.isEmpty()) {
          throw new FieldRules.BadValue("not a date such as 2026-03-12 or 12/03/2026");
        }
        attribute(row, target.equals("created_at") ? "source_created_at" : "source_last_activity_at", instant.get().toString());
      }
      case "company_name" -> {
        var name = LegalForms.split(value);
        putCompany(row, CompanyField.NAME, column, name.name(), companyRegion);
        if (name.legalForm() != null) {
          companyAttribute(row, "legal_form", name.legalForm());
        }
      }
      case "siret" -> {
        String siret = (String) FieldRules.parse(CompanyField.SIRET, value.replace(" ", ""), companyRegion);
        row.company.put(CompanyField.SIRET, siret);
        row.company.putIfAbsent(CompanyField.SIREN, siret.substring(0, 9));
      }
      case "siren" -> row.company.put(CompanyField.SIREN, FieldRules.parse(CompanyField.SIREN, value.replace(" ", ""), companyRegion));
      case "employees", "employee_range" -> {
        var count = EmployeeCounts.parse(value);
        if (count.isEmpty()) {
          throw new FieldRules.BadValue("not a head count or range such as 42, 50-99, \"250 à 499\" or 1000+");
        }
        if (count.get().employees() != null) {
          row.company.put(CompanyField.EMPLOYEES, count.get().employees());
        }
        if (count.get().range() != null) {
          row.company.put(CompanyField.EMPLOYEE_RANGE, count.get().range());
        }
      }
      case "revenue" -> row.company.put(CompanyField.REVENUE, FieldRules.parse(CompanyField.REVENUE, value.replaceAll("[\\s€$£]", ""), companyRegion));
      default -> {
        if (target.startsWith("company_")) {
          CompanyField field = CompanyField.byKey(companyKey(target)).orElseThrow(() -> new IllegalStateException("no company field for " + target));
          putCompany(row, field, column, value, companyRegion);
        } else {
          PersonField field = PersonField.byKey(target).orElse(null);
          if (field != null) {
            put(row, field, column, value, region);
          } else {
            CompanyField.byKey(target).ifPresentOrElse(
                f -> putCompany(row, f, column, value, companyRegion),
                () -> attribute(row, column.attributeKey() != null ? column.attributeKey() : target, value));
          }
        }
      }
    }
  }

  /** company_domain → domain, company_street → street… */
  private static String companyKey(String target) {
    return target.substring("company_".length());
  }

  private void phone(ImportRow row, ColumnMapping column, String value, String region, PersonField field) {
    String e164 = Phones.e164(value, region).orElse(null);
    if (e164 == null) {
      row.warn(column.header(), value, phoneMessage(region));
      return;
    }
    if (field == PersonField.PHONE && row.person.containsKey(PersonField.PHONE) && !row.person.containsKey(PersonField.MOBILE)) {
      field = PersonField.MOBILE;
    }
    row.person.putIfAbsent(field, e164);
  }

  private static String phoneMessage(String region) {
    return "not a valid phone number (numbers without +country code are read as " + region + " numbers)";
  }

  private void country(ImportRow row, ColumnMapping column, String value, PersonField person, CompanyField company) {
    String code = CountryNames.code(value)
        .orElseThrow(() -> new FieldRules.BadValue("not a country: give its name (France, Belgique, Germany…) or ISO code (FR, BE, DE)"));
    if (person != null) {
      row.person.put(person, code);
    } else {
      row.company.put(company, code);
    }
  }

  private static Object parse(ImportRow row, Field field, ColumnMapping column, String value, String region) {
    if (value.length() > field.maxLength() && field.maxLength() >= 20) {
      row.warn(column.header(), value, "longer than " + field.maxLength() + " characters: cut to that length");
      value = value.substring(0, field.maxLength()).strip();
    }
    return FieldRules.parse(field, value, region);
  }

  private static void put(ImportRow row, PersonField field, ColumnMapping column, String value, String region) {
    Object parsed = parse(row, field, column, value, region);
    if (parsed != null) {
      row.person.put(field, parsed);
    }
  }

  private static void putCompany(ImportRow row, CompanyField field, ColumnMapping column, String value, String region) {
    Object parsed = parse(row, field, column, value, region);
    if (parsed != null) {
      row.company.put(field, parsed);
    }
  }

  @SuppressWarnings("unchecked")
  private static void attribute(ImportRow row, String key, String value) {
    Map<String, Object> attributes =
        (Map<String, Object>) row.person.computeIfAbsent(PersonField.ATTRIBUTES, f -> new LinkedHashMap<String, Object>());
    attributes.put(key, value.length() > 1000 ? value.substring(0, 1000) : value);
  }

  private static void attributes(ImportRow row, ColumnMapping column, String json) {
    Map<String, Object> map;
    try {
      map = JSON.readValue(json, MAP);
    } catch (RuntimeException e) {
      throw new FieldRules.BadValue("not a JSON object of attributes");
    }
    map.forEach((key, value) -> {
      if (value != null) {
        attribute(row, key, value instanceof String text ? text : value.toString());
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static void companyAttribute(ImportRow row, String key, String value) {
    Map<String, Object> attributes =
        (Map<String, Object>) row.company.computeIfAbsent(CompanyField.ATTRIBUTES, f -> new LinkedHashMap<String, Object>());
    attributes.put(key, value);
  }

  /** "Dupont, Jean" and "DUPONT Jean" give the surname first; "Jean Dupont" the given name first. */
  static void splitName(ImportRow row, String fullName) {
    if (row.person.containsKey(PersonField.FIRST_NAME) || row.person.containsKey(PersonField.LAST_NAME)) {
      return;
    }
    String first;
    String last;
    int comma = fullName.indexOf(',');
    if (comma > 0) {
      last = fullName.substring(0, comma).strip();
      first = fullName.substring(comma + 1).strip();
    } else {
      String[] words = fullName.split(" ");
      if (words.length == 1) {
        row.person.put(PersonField.LAST_NAME, cap(fullName, PersonField.LAST_NAME));
        return;
      }
      if (isUpper(words[0]) && !isUpper(words[words.length - 1])) {
        int k = 0;
        while (k < words.length - 1 && isUpper(words[k])) {
          k++;
        }
        last = String.join(" ", List.of(words).subList(0, k));
        first = String.join(" ", List.of(words).subList(k, words.length));
      } else {
        first = words[0];
        last = String.join(" ", List.of(words).subList(1, words.length));
      }
    }
    if (!first.isEmpty()) {
      row.person.put(PersonField.FIRST_NAME, cap(first, PersonField.FIRST_NAME));
    }
    if (!last.isEmpty()) {
      row.person.put(PersonField.LAST_NAME, cap(last, PersonField.LAST_NAME));
    }
  }

  private static boolean isUpper(String word) {
    return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
  }

  private static String cap(String value, PersonField field) {
    return value.length() > field.maxLength() ? value.substring(0, field.maxLength()) : value;
  }

  /** Defaults, then whether the row can identify anybody. */
  private void finish(ImportRow row, String region) {
    boolean company = row.company.containsKey(CompanyField.NAME) || row.company.containsKey(CompanyField.SIREN)
        || row.company.containsKey(CompanyField.DOMAIN);
    if (!company && !row.company.isEmpty() && !companiesOnly) {
      // an industry or a head count alone says nothing about which company: it is not linked to one
      row.warn(null, null, "company details without a company name, SIREN or domain were not imported");
      row.company.clear();
    }
    if (source != null) {
      row.person.putIfAbsent(PersonField.SOURCE, source);
      if (!row.company.isEmpty()) {
        row.company.putIfAbsent(CompanyField.SOURCE, source);
      }
    }
    if (!row.company.isEmpty() && !row.company.containsKey(CompanyField.COUNTRY) && companyCountryColumn < 0
        && row.person.get(PersonField.COUNTRY) != null) {
      row.company.put(CompanyField.COUNTRY, row.person.get(PersonField.COUNTRY));
    }
    if (companiesOnly) {
      if (!company) {
        row.reject("no company name, SIREN or domain: nothing to import");
      }
      return;
    }
    boolean reachable = row.person.containsKey(PersonField.EMAIL) || row.person.containsKey(PersonField.PHONE)
        || row.person.containsKey(PersonField.MOBILE) || row.person.containsKey(PersonField.LINKEDIN_URL);
    boolean named = row.person.containsKey(PersonField.LAST_NAME) || row.person.containsKey(PersonField.FIRST_NAME);
    if (!reachable && !(named && company) && row.vivierId == null) {
      row.reject("cannot identify anybody: no valid e-mail, phone, mobile or LinkedIn address, and no name with a company");
    }
  }

  private static Map<String, String> stageSynonyms() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String stage : PersonField.STAGE.choices()) {
      map.put(stage.toLowerCase(Locale.ROOT).replace("_", ""), stage);
    }
    // HubSpot lifecycle stages and common French words
    map.put("subscriber", "LEAD");
    map.put("abonne", "LEAD");
    map.put("marketingqualifiedlead", "MQL");
    map.put("salesqualifiedlead", "SQL");
    map.put("opportunite", "OPPORTUNITY");
    map.put("affaire", "OPPORTUNITY");
    map.put("client", "CUSTOMER");
    map.put("evangelist", "CUSTOMER");
    map.put("prospect", "LEAD");
    map.put("piste", "LEAD");
    map.put("perdu", "LOST");
    map.put("disqualifie", "DISQUALIFIED");
    map.put("ancienclient", "CHURNED");
    return map;
  }
}
