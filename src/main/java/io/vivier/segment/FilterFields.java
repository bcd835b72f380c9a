package io.vivier.segment;

import io.vivier.consent.ConsentStatus;
import io.vivier.consent.LegalBasis;
import io.vivier.lifecycle.Stage;
import io.vivier.prospect.EmployeeRange;
import io.vivier.prospect.JobFunction;
import io.vivier.prospect.Seniority;
import io.vivier.quality.EmailFlags;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Every field of the filter language, in one place: person fields, company fields (read through
 * the person's company), yes/no fields derived from other data, custom attributes, segments and
 * lists. docs/FILTERS.md describes them for users. Columns are those of {@code people_facts f}
 * (the narrow row filters read most, V10), {@code people p}, {@code companies c} and
 * {@code person_scores ps} (the score).
 */
public final class FilterFields {

  private static final String PERSON_SEARCH = "p.search_text";
  private static final String COMPANY_SEARCH = "c.search_text";

  public static final FilterField FIRST_NAME = text("first_name", "p.first_name", PERSON_SEARCH, "first name");
  public static final FilterField LAST_NAME = text("last_name", "p.last_name", PERSON_SEARCH, "last name");
  public static final FilterField EMAIL = text("email", "p.email", PERSON_SEARCH, "e-mail address");
  public static final FilterField PHONE = text("phone", "p.phone", null, "phone number as entered");
  public static final FilterField MOBILE = text("mobile", "p.mobile", null, "mobile number as entered");
  public static final FilterField JOB_TITLE = text("job_title", "p.job_title", PERSON_SEARCH, "job title");
  public static final FilterField JOB_FUNCTION =
      choice("job.function", "f.job_function", Choices.lower(JobFunction.class), "department (sales, marketing, it…)");
  public static final FilterField JOB_SENIORITY =
      choice("job.seniority", "f.seniority", Choices.lower(Seniority.class), "seniority (executive, vp, director…)");
  public static final FilterField CITY = text("city", "p.city", PERSON_SEARCH, "the person's city");
  public static final FilterField POSTCODE = text("postcode", "p.postcode", null, "the person's postcode");
  public static final FilterField COUNTRY = choice("country", "f.country", Choices.countries(), "the person's country (ISO code)");
  public static final FilterField SOURCE = text("source", "f.source", null, "where the prospect came from");
  public static final FilterField SOURCE_DETAIL = text("source_detail", "p.source_detail", null, "more on the source");
  public static final FilterField OWNER =
      field("owner", FieldType.USER, "f.owner_id", null, null, true, "username of the owner");
  public static final FilterField STAGE =
      field("stage", FieldType.ENUM, "f.stage", null, Choices.upper(Stage.class), false, "lifecycle stage");
  public static final FilterField SCORE = number("score", "ps.score", "score, 0–100");
  public static final FilterField TAG = field("tag", FieldType.TAGS, "p.tags", null, null, true, "one of the person's tags");
  public static final FilterField CONSENT_EMAIL =
      choice("consent_email", "p.consent_email", Choices.lower(ConsentStatus.class), "e-mail consent");
  public static final FilterField CONSENT_PHONE =
      choice("consent_phone", "p.consent_phone", Choices.lower(ConsentStatus.class), "phone consent");
  public static final FilterField LEGAL_BASIS =
      choice("legal_basis", "p.legal_basis", Choices.lower(LegalBasis.class), "GDPR legal basis");
  public static final FilterField CREATED_AT = date("created_at", "p.created_at", "when the person was created");
  public static final FilterField UPDATED_AT = date("updated_at", "p.updated_at", "when the person was last changed");
  public static final FilterField LAST_ACTIVITY = date("last_activity", "p.last_activity_at", "time of the latest activity");
  public static final FilterField EXTERNAL_ID = text("external_id", "p.external_id", PERSON_SEARCH, "id in another system");
  public static final FilterField ATTRIBUTE =
      new FilterField("attr.", FieldType.ATTRIBUTE, "a custom attribute of the person: attr.budget", "p.attributes", null, null,
          true, ProspectRow::attributes);

  public static final FilterField COMPANY_NAME = text("company_name", "c.name", COMPANY_SEARCH, "company name");
  public static final FilterField COMPANY_DOMAIN = text("company.domain", "c.domain", COMPANY_SEARCH, "company web domain");
  public static final FilterField COMPANY_SIREN = text("company.siren", "c.siren", COMPANY_SEARCH, "SIREN number");
  public static final FilterField COMPANY_SIRET = text("company.siret", "c.siret", null, "SIRET number");
  public static final FilterField COMPANY_NAF_CODE = text("company.naf_code", "c.naf_code", null, "NAF (APE) code, e.g. 62.01Z");
  public static final FilterField INDUSTRY = text("industry", "f.industry", null, "the company's industry");
  public static final FilterField EMPLOYEES = number("employees", "f.employees", "head count");
  public static final FilterField EMPLOYEE_RANGE =
      choice("employee_range", "f.employee_range", Choices.of(EmployeeRange.labels()), "head-count range (50-99, 10000+…)");
  public static final FilterField REVENUE = number("revenue", "c.revenue", "yearly revenue, in euros");
  public static final FilterField COMPANY_COUNTRY =
      choice("company.country", "f.company_country", Choices.countries(), "the company's country (ISO code)");
  public static final FilterField COMPANY_CITY = text("company.city", "c.city", COMPANY_SEARCH, "the company's city");
  public static final FilterField TECHNOLOGIES =
      field("technologies", FieldType.TAGS, "c.technologies", null, null, true, "one of the company's technologies");
  public static final FilterField COMPANY_ATTRIBUTE =
      new FilterField("company.attr.", FieldType.ATTRIBUTE, "a custom attribute of the company: company.attr.x", "c.attributes",
          null, null, true, ProspectRow::companyAttributes);

  /** Kept in people_facts by triggers on the activities (V10). */
  public static final FilterField EMAIL_BOUNCED =
      flag("email_bounced", "f.email_bounced = 1",
          row -> Boolean.TRUE.equals(row.get("email_bounced")), "an e-mail to the person bounced");
  public static final FilterField FREE_MAIL =
      flag("free_mail", "f.free_mail = 1", row -> row.get("email") != null && EmailFlags.of((String) row.get("email")).freeMail(),
          "the e-mail address is at a consumer provider (gmail.com, orange.fr…)");
  public static final FilterField HAS_EMAIL =
      flag("has_email", "p.email IS NOT NULL", row -> row.get("email") != null, "the person has an e-mail address");
  public static final FilterField HAS_PHONE =
      flag("has_phone", "(p.phone IS NOT NULL OR p.mobile IS NOT NULL)", row -> row.get("phone") != null || row.get("mobile") != null,
          "the person has a phone or a mobile number");

  public static final FilterField SEGMENT =
      new FilterField("segment", FieldType.SEGMENT, "the people of a saved segment, by name", null, null, null, false, row -> null);
  public static final FilterField LIST =
      new FilterField("list", FieldType.LIST, "the people of a static list, by name", "f.person_id", null, null, false, ProspectRow::lists);

  /** Every field, in documentation order. */
  public static final List<FilterField> ALL =
      List.of(FIRST_NAME, LAST_NAME, EMAIL, PHONE, MOBILE, JOB_TITLE, JOB_FUNCTION, JOB_SENIORITY, CITY, POSTCODE, COUNTRY, SOURCE,
          SOURCE_DETAIL, OWNER, STAGE, SCORE, TAG, CONSENT_EMAIL, CONSENT_PHONE, LEGAL_BASIS, CREATED_AT, UPDATED_AT, LAST_ACTIVITY,
          EXTERNAL_ID, ATTRIBUTE, COMPANY_NAME, COMPANY_DOMAIN, COMPANY_SIREN, COMPANY_SIRET, COMPANY_NAF_CODE, INDUSTRY, EMPLOYEES,
          EMPLOYEE_RANGE, REVENUE, COMPANY_COUNTRY, COMPANY_CITY, TECHNOLOGIES, COMPANY_ATTRIBUTE, EMAIL_BOUNCED, FREE_MAIL,
          HAS_EMAIL, HAS_PHONE, SEGMENT, LIST);

  private static final Map<String, FilterField> BY_NAME = new LinkedHashMap<>();
  /** The canonical CSV and JSON names (DESIGN.md), accepted for the field they name. */
  private static final Map<String, String> CANONICAL_NAMES =
      Map.ofEntries(
          Map.entry("seniority", "job.seniority"),
          Map.entry("function", "job.function"),
          Map.entry("job_function", "job.function"),
          Map.entry("tags", "tag"),
          Map.entry("company_domain", "company.domain"),
          Map.entry("siren", "company.siren"),
          Map.entry("siret", "company.siret"),
          Map.entry("naf_code", "company.naf_code"),
          Map.entry("last_activity_at", "last_activity"));
  /** Names people try that could mean more than one thing, and the field suggested. */
  private static final Map<String, String> USUAL_NAMES =
      Map.ofEntries(
          Map.entry("company", "company_name"),
          Map.entry("domain", "company.domain"),
          Map.entry("naf", "company.naf_code"),
          Map.entry("technology", "technologies"),
          Map.entry("attributes", "attr.NAME"),
          Map.entry("attr", "attr.NAME"));
  /** An attribute key: letters, digits, _ . - (as stored keys are, without spaces). */
  private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[\\p{L}\\p{N}_.\\-]{1,64}");
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

  static {
    for (FilterField field : ALL) {
      if (!field.isAttribute()) {
        BY_NAME.put(field.name(), field);
      }
    }
  }

  private FilterFields() {}

  /** A field reference as written: the field, and the attribute key for attr.* fields. */
  record Reference(FilterField field, String key) {}

  /** The field named {@code word}; a {@link FilterException} at {@code at} naming the nearest one otherwise. */
  static Reference resolve(String word, Position at) {
    String name = word.toLowerCase(java.util.Locale.ROOT);
    FilterField field = BY_NAME.get(CANONICAL_NAMES.getOrDefault(name, name));
    if (field != null) {
      return new Reference(field, null);
    }
    for (FilterField attribute : List.of(COMPANY_ATTRIBUTE, ATTRIBUTE)) {
      if (name.startsWith(attribute.name())) {
        // keys keep their case, as stored
        String key = word.substring(attribute.name().length());
        if (!ATTRIBUTE_KEY.matcher(key).matches()) {
          throw new FilterException(
              "'" + word + "' is not an attribute name: write " + attribute.name() + "KEY, the key made of letters, digits, _ . or -",
              at);
        }
        return new Reference(attribute, key);
      }
    }
    throw new FilterException("unknown field '" + word + "'" + suggestion(name), at);
  }

  /** The field of that exact name (attributes excluded). */
  public static Optional<FilterField> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  private static String suggestion(String name) {
    String usual = USUAL_NAMES.get(name);
    if (usual != null) {
      return " — did you mean '" + usual + "'?";
    }
    java.util.Set<String> known = new java.util.TreeSet<>(BY_NAME.keySet());
    known.addAll(CANONICAL_NAMES.keySet());
    return nearest(name, known)
        .map(n -> " — did you mean '" + CANONICAL_NAMES.getOrDefault(n, n) + "'?")
        .orElse(" — docs/FILTERS.md lists the fields");
  }

  /** The candidate closest to {@code typed} in edits, if one is close enough to be what was meant. */
  static Optional<String> nearest(String typed, java.util.Collection<String> candidates) {
    String lower = typed.toLowerCase(java.util.Locale.ROOT);
    int allowed = lower.length() <= 3 ? 1 : lower.length() <= 7 ? 2 : 3;
    return candidates.stream()
        .map(c -> Map.entry(c, DISTANCE.apply(lower, c.toLowerCase(java.util.Locale.ROOT))))
        .filter(e -> e.getValue() >= 0 && e.getValue() <= allowed)
        .min(Comparator.comparingInt(Map.Entry<String, Integer>::getValue).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey);
  }

  private static FilterField text(String name, String column, String searchColumn, String description) {
    return field(name, FieldType.TEXT, column, searchColumn, null, true, description);
  }

  private static FilterField choice(String name, String column, Choices choices, String description) {
    return field(name, FieldType.ENUM, column, null, choices, true, description);
  }

  private static FilterField number(String name, String column, String description) {
    return field(name, FieldType.NUMBER, column, null, null, true, description);
  }

  private static FilterField date(String name, String column, String description) {
    return field(name, FieldType.DATE, column, null, null, true, description);
  }

  private static FilterField flag(String name, String condition, java.util.function.Predicate<ProspectRow> read, String description) {
    return new FilterField(name, FieldType.BOOLEAN, description, condition, null, null, false, read::test);
  }

  private static FilterField field(
      String name, FieldType type, String column, String searchColumn, Choices choices, boolean nullable, String description) {
    return new FilterField(name, type, description, column, searchColumn, choices, nullable, row -> row.get(name));
  }
}
