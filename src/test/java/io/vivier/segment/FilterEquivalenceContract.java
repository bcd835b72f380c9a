package io.vivier.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.activity.ActivityType;
import io.vivier.consent.ConsentStatus;
import io.vivier.consent.LegalBasis;
import io.vivier.lifecycle.Stage;
import io.vivier.prospect.Companies;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.EmployeeRange;
import io.vivier.prospect.JobFunction;
import io.vivier.prospect.People;
import io.vivier.prospect.PersonField;
import io.vivier.prospect.Seniority;
import io.vivier.quality.Text;
import io.vivier.storage.Database;
import io.vivier.support.TestUsers;
import io.vivier.user.Role;
import io.vivier.user.UserAccounts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The same filter returns the same people on the database as in memory: random people, companies,
 * activities and lists stored through the real write path, random filters drawn from the whole
 * grammar, the compiled SQL's answer compared with the {@link Evaluator}'s. Run on each database
 * by its subclasses; a failure prints the seed and the filter.
 */
abstract class FilterEquivalenceContract {

  private static final int COMPANIES = 160;
  private static final int PEOPLE = 2_500;
  private static final int FILTERS = 600;

  private static final String[] FIRST = {"Jean", "Hélène", "François", "Zoé", "Ève", "Noël", "Chloé", "Jérôme", "Anaïs", "Loïc",
      "Maëlle", "Œdipe", "Björn", "Ægir", "jean", "JEAN"};
  private static final String[] LAST = {"Martin", "Lefèvre", "Ducrocq", "Müller", "Gärtner", "Straße", "Ñúñez", "O'Brien",
      "Dupont-Aignan", "Çelik", "Lefevre", "LEFÈVRE"};
  private static final String[] TITLES = {"Directeur général", "Responsable marketing", "DSI", "Chargée d'études",
      "Développeur Java", "Directrice Financière", "Acheteur \"senior\"", "Ingénieur R&D", "DRH 50% temps"};
  private static final String[] CITIES = {"Paris", "Lyon", "Saint-Étienne", "Besançon", "Genève", "Liège", "Orléans", "Nîmes"};
  private static final String[] COUNTRIES = {"FR", "FR", "FR", "BE", "CH", "DE", "LU"};
  private static final String[] SOURCES = {"Salon VivaTech", "Site web", "LinkedIn", "Achat de fichier", "Webinaire",
      "Recommandation", "salon vivatech", "Événement"};
  private static final String[] TAGS = {"webinaire-2026", "vip", "salon", "newsletter", "Été", "a_b", "x%y"};
  private static final String[] COMPANY_WORDS = {"Société", "Numérique", "numerique", "Café", "Œuvres", "Électro", "Conseil",
      "Groupe", "Solutions", "Boulangerie", "Ateliers", "Forgé", "100%_Bio"};
  private static final String[] INDUSTRIES = {"Logiciel", "Conseil", "Industrie", "E-commerce", "Santé", "Éducation"};
  private static final String[] TECHNOLOGIES = {"Java", "Salesforce", "HubSpot", "SAP", "Kubernetes"};
  private static final String[] DOMAINS_FREE = {"gmail.com", "orange.fr", "yahoo.co.uk", "mail.yahoo.fr", "hotmail.fr"};
  private static final String[] ATTRIBUTE_KEYS = {"budget", "segment", "vip", "tier", "notes", "absent"};
  private static final String[] ATTRIBUTE_TEXTS = {"PME", "ETI", "Grand compte", "éligible", "10000", "12.5", "-3", "1e5", "12 000"};

  @Autowired People people;
  @Autowired Companies companies;
  @Autowired Database db;
  @Autowired UserAccounts accounts;
  @Autowired Segments segments;
  @Autowired JdbcSegmentQueries queries;

  private SplittableRandom random;
  private final List<ProspectRow> rows = new ArrayList<>();
  private final Map<String, Set<String>> textValues = new HashMap<>();
  private final List<String> owners = new ArrayList<>();
  private final List<String> segmentNames = new ArrayList<>();
  private final List<String> listNames = new ArrayList<>();
  private Instant now;

  @Test
  void compiledSqlAndTheEvaluatorAgreeOnRandomFilters() {
    long seed = Long.getLong("vivier.test.seed", System.nanoTime());
    random = new SplittableRandom(seed);
    now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    store();
    Evaluator evaluator = new Evaluator(now);
    Set<Long> ours = new HashSet<>();
    rows.forEach(r -> ours.add(r.id()));
    int nonTrivial = 0;
    for (int i = 0; i < FILTERS; i++) {
      String text = filter(0);
      Filter filter = segments.check(text);
      SqlCondition sql = SqlCompiler.compile(filter, db.dialect(), now);
      TreeSet<Long> fromSql = new TreeSet<>();
      long[] all = queries.ids(sql);
      for (long id : all) {
        if (ours.contains(id)) {
          fromSql.add(id);
        }
      }
      if (i % 3 == 0) {
        // a large SQLite base is scanned in parts, in parallel: the same answers, split at every id
        queries.splitFrom(1);
        try {
          assertThat(queries.ids(sql)).as("ids in parts: " + text).containsExactly(all);
          assertThat(queries.count(sql)).as("count in parts: " + text).isEqualTo(all.length);
          assertThat(queries.facets(sql, 1000).total()).as("facets in parts: " + text).isEqualTo(all.length);
        } finally {
          queries.splitFrom(JdbcSegmentQueries.SPLIT_FROM);
        }
      }
      TreeSet<Long> inMemory = new TreeSet<>();
      for (ProspectRow row : rows) {
        if (evaluator.matches(filter, row)) {
          inMemory.add(row.id());
        }
      }
      String context = "seed " + seed + ", filter #" + i + ": " + text + "\nSQL: " + sql.sql();
      if (!fromSql.equals(inMemory)) {
        TreeSet<Long> onlySql = new TreeSet<>(fromSql);
        onlySql.removeAll(inMemory);
        TreeSet<Long> onlyMemory = new TreeSet<>(inMemory);
        onlyMemory.removeAll(fromSql);
        String example = describe(onlySql.isEmpty() ? onlyMemory.first() : onlySql.first());
        assertThat(fromSql).as(context + "\nonly in SQL: " + first(onlySql) + "\nonly in memory: " + first(onlyMemory)
            + "\nexample: " + example).isEqualTo(inMemory);
      }
      if (!inMemory.isEmpty() && inMemory.size() < rows.size()) {
        nonTrivial++;
      }
    }
    assertThat(nonTrivial).as("filters that select some people but not all").isGreaterThan(FILTERS / 4);
  }

  private String describe(long id) {
    return rows.stream().filter(r -> r.id() == id).findFirst().map(Object::toString).orElse("?");
  }

  private static List<Long> first(TreeSet<Long> ids) {
    return ids.stream().limit(5).toList();
  }

  // --- data

  private void store() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 3; i++) {
      owners.add(TestUsers.user(accounts, Role.SALES));
    }
    List<Map<CompanyField, Object>> companyRows = new ArrayList<>();
    for (int i = 0; i < COMPANIES; i++) {
      companyRows.add(company(i, marker));
    }
    long[] companyIds = companies.insertAll(companyRows, now);
    List<Map<PersonField, Object>> personRows = new ArrayList<>();
    List<Integer> companyOf = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      int company = random.nextInt(10) < 8 ? random.nextInt(COMPANIES) : -1;
      companyOf.add(company);
      personRows.add(person(i, marker, company < 0 ? null : companyRows.get(company), company < 0 ? null : companyIds[company]));
    }
    long[] ids = people.insertAll(personRows, now);
    // the score is computed, not written with the person: stored the way scoring stores it
    int scored = (int) personRows.stream().filter(r -> r.containsKey(PersonField.SCORE)).count();
    long[] scoredIds = new long[scored];
    int[] scores = new int[scored];
    for (int i = 0, k = 0; i < PEOPLE; i++) {
      if (personRows.get(i).get(PersonField.SCORE) instanceof Long score) {
        scoredIds[k] = ids[i];
        scores[k++] = score.intValue();
      }
    }
    io.vivier.support.TestScores.set(db, scoredIds, scores);
    List<Object[]> times = new ArrayList<>();
    List<Object[]> activities = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      Instant created = randomInstant();
      Instant updated = random.nextBoolean() ? created : randomInstant();
      Instant last = random.nextInt(10) < 3 ? null : randomInstant();
      times.add(new Object[] {db.ts(created), db.ts(updated), db.ts(last), ids[i]});
      boolean bounced = false;
      if (random.nextInt(10) < 3) {
        for (int a = 0; a < 1 + random.nextInt(3); a++) {
          ActivityType type = ActivityType.values()[random.nextInt(ActivityType.values().length)];
          bounced |= type == ActivityType.EMAIL_BOUNCED;
          activities.add(new Object[] {ids[i], type.name(), db.ts(randomInstant()), db.ts(now), db.json("{}")});
        }
      }
      Map<CompanyField, Object> company = companyOf.get(i) < 0 ? null : companyRows.get(companyOf.get(i));
      rows.add(row(ids[i], personRows.get(i), company, created, updated, last, bounced));
    }
    db.batch("UPDATE people SET created_at = ?, updated_at = ?, last_activity_at = ? WHERE id = ?", times);
    db.insert("activities", List.of("person_id", "type", "occurred_at", "created_at", "metadata"), activities);
    Segments.Editor editor = new Segments.Editor("test", true);
    Map<Long, Set<Long>> membership = new HashMap<>();
    for (int l = 0; l < 2; l++) {
      String name = "Liste " + marker + " n°" + l;
      StaticList list = segments.createList(name, editor);
      listNames.add(name);
      List<Long> members = new ArrayList<>();
      for (ProspectRow row : rows) {
        if (random.nextInt(4) == 0) {
          members.add(row.id());
          membership.computeIfAbsent(row.id(), k -> new HashSet<>()).add(list.id());
        }
      }
      segments.addToList(list.id(), members, editor);
    }
    rows.replaceAll(r -> new ProspectRow(r.id(), r.values(), r.attributes(), r.companyAttributes(),
        membership.getOrDefault(r.id(), Set.of())));
    for (int s = 0; s < 3; s++) {
      String name = "Segment \"" + marker + "\" " + s;
      segments.createSegment(name, filter(1), editor);
      segmentNames.add(name);
    }
  }

  private Map<CompanyField, Object> company(int i, String marker) {
    Map<CompanyField, Object> c = new EnumMap<>(CompanyField.class);
    c.put(CompanyField.NAME, pick(COMPANY_WORDS) + " " + pick(COMPANY_WORDS) + " " + marker + "-" + i);
    put(c, CompanyField.DOMAIN, 8, () -> "c" + i + "-" + marker + ".fr");
    put(c, CompanyField.SIREN, 7, () -> String.format("%09d", random.nextInt(1_000_000_000)));
    put(c, CompanyField.SIRET, 5, () -> String.format("%014d", random.nextLong(100_000_000_000_000L)));
    put(c, CompanyField.NAF_CODE, 5, () -> "62.0" + random.nextInt(3) + "Z");
    put(c, CompanyField.INDUSTRY, 8, () -> pick(INDUSTRIES));
    put(c, CompanyField.EMPLOYEES, 8, () -> (long) random.nextInt(5000));
    put(c, CompanyField.EMPLOYEE_RANGE, 7, () -> EmployeeRange.labels().get(random.nextInt(EmployeeRange.labels().size())));
    put(c, CompanyField.REVENUE, 5, () -> (long) random.nextInt(50_000_000));
    put(c, CompanyField.COUNTRY, 8, () -> pick(COUNTRIES));
    put(c, CompanyField.CITY, 7, () -> pick(CITIES));
    put(c, CompanyField.TECHNOLOGIES, 5, () -> some(TECHNOLOGIES));
    put(c, CompanyField.ATTRIBUTES, 6, this::attributes);
    return c;
  }

  private Map<PersonField, Object> person(int i, String marker, Map<CompanyField, Object> company, Long companyId) {
    Map<PersonField, Object> p = new EnumMap<>(PersonField.class);
    put(p, PersonField.FIRST_NAME, 9, () -> pick(FIRST));
    put(p, PersonField.LAST_NAME, 9, () -> pick(LAST));
    put(p, PersonField.EMAIL, 8, () -> "p" + i + "." + marker + "@" + (random.nextBoolean() || company == null || company.get(CompanyField.DOMAIN) == null
        ? pick(DOMAINS_FREE) : company.get(CompanyField.DOMAIN)));
    put(p, PersonField.PHONE, 5, () -> "+33 1 " + (10 + random.nextInt(89)) + " 00 00 00");
    put(p, PersonField.MOBILE, 4, () -> "+33 6 " + (10 + random.nextInt(89)) + " 00 00 00");
    put(p, PersonField.JOB_TITLE, 7, () -> pick(TITLES));
    put(p, PersonField.FUNCTION, 6, () -> lower(JobFunction.values()[random.nextInt(JobFunction.values().length)]));
    put(p, PersonField.SENIORITY, 6, () -> lower(Seniority.values()[random.nextInt(Seniority.values().length)]));
    put(p, PersonField.CITY, 7, () -> pick(CITIES));
    put(p, PersonField.POSTCODE, 6, () -> String.valueOf(10_000 + random.nextInt(80_000)));
    put(p, PersonField.COUNTRY, 8, () -> pick(COUNTRIES));
    put(p, PersonField.SOURCE, 8, () -> pick(SOURCES));
    put(p, PersonField.SOURCE_DETAIL, 4, () -> "Stand " + pick(COMPANY_WORDS));
    put(p, PersonField.OWNER, 7, () -> owners.get(random.nextInt(owners.size())));
    p.put(PersonField.STAGE, Stage.values()[random.nextInt(Stage.values().length)].name());
    put(p, PersonField.SCORE, 7, () -> (long) random.nextInt(101));
    put(p, PersonField.TAGS, 6, () -> some(TAGS));
    put(p, PersonField.CONSENT_EMAIL, 6, () -> lower(ConsentStatus.values()[random.nextInt(ConsentStatus.values().length)]));
    put(p, PersonField.CONSENT_PHONE, 6, () -> lower(ConsentStatus.values()[random.nextInt(ConsentStatus.values().length)]));
    put(p, PersonField.LEGAL_BASIS, 6, () -> lower(LegalBasis.values()[random.nextInt(LegalBasis.values().length)]));
    put(p, PersonField.EXTERNAL_ID, 4, () -> "CRM-" + i);
    put(p, PersonField.ATTRIBUTES, 7, this::attributes);
    if (companyId != null) {
      p.put(PersonField.COMPANY_ID, companyId);
    }
    return p;
  }

  private Map<String, Object> attributes() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (String key : ATTRIBUTE_KEYS) {
      if (key.equals("absent") || random.nextInt(3) == 0) {
        continue;
      }
      attributes.put(key, switch (random.nextInt(6)) {
        case 0 -> (long) random.nextInt(20_000);
        case 1 -> random.nextInt(200) / 10.0;
        case 2 -> random.nextBoolean();
        case 3 -> List.of("a", "b");
        default -> pick(ATTRIBUTE_TEXTS);
      });
    }
    return attributes.isEmpty() ? null : attributes;
  }

  private ProspectRow row(long id, Map<PersonField, Object> p, Map<CompanyField, Object> c, Instant created, Instant updated,
      Instant last, boolean bounced) {
    Map<String, Object> v = new HashMap<>();
    v.put("first_name", p.get(PersonField.FIRST_NAME));
    v.put("last_name", p.get(PersonField.LAST_NAME));
    v.put("email", p.get(PersonField.EMAIL));
    v.put("phone", p.get(PersonField.PHONE));
    v.put("mobile", p.get(PersonField.MOBILE));
    v.put("job_title", p.get(PersonField.JOB_TITLE));
    v.put("job.function", p.get(PersonField.FUNCTION));
    v.put("job.seniority", p.get(PersonField.SENIORITY));
    v.put("city", p.get(PersonField.CITY));
    v.put("postcode", p.get(PersonField.POSTCODE));
    v.put("country", p.get(PersonField.COUNTRY));
    v.put("source", p.get(PersonField.SOURCE));
    v.put("source_detail", p.get(PersonField.SOURCE_DETAIL));
    v.put("owner", p.get(PersonField.OWNER));
    v.put("stage", p.get(PersonField.STAGE));
    v.put("score", p.get(PersonField.SCORE));
    v.put("tag", p.get(PersonField.TAGS));
    v.put("consent_email", p.get(PersonField.CONSENT_EMAIL));
    v.put("consent_phone", p.get(PersonField.CONSENT_PHONE));
    v.put("legal_basis", p.get(PersonField.LEGAL_BASIS));
    v.put("created_at", created);
    v.put("updated_at", updated);
    v.put("last_activity", last);
    v.put("external_id", p.get(PersonField.EXTERNAL_ID));
    v.put("email_bounced", bounced);
    if (c != null) {
      v.put("company_name", c.get(CompanyField.NAME));
      v.put("company.domain", c.get(CompanyField.DOMAIN));
      v.put("company.siren", c.get(CompanyField.SIREN));
      v.put("company.siret", c.get(CompanyField.SIRET));
      v.put("company.naf_code", c.get(CompanyField.NAF_CODE));
      v.put("industry", c.get(CompanyField.INDUSTRY));
      v.put("employees", c.get(CompanyField.EMPLOYEES));
      v.put("employee_range", c.get(CompanyField.EMPLOYEE_RANGE));
      v.put("revenue", c.get(CompanyField.REVENUE));
      v.put("company.country", c.get(CompanyField.COUNTRY));
      v.put("company.city", c.get(CompanyField.CITY));
      v.put("technologies", c.get(CompanyField.TECHNOLOGIES));
    }
    v.forEach((field, value) -> {
      if (value instanceof String text) {
        textValues.computeIfAbsent(field, k -> new TreeSet<>()).add(text);
      }
    });
    @SuppressWarnings("unchecked")
    Map<String, Object> attributes = (Map<String, Object>) p.getOrDefault(PersonField.ATTRIBUTES, Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> companyAttributes = c == null ? null : (Map<String, Object>) c.getOrDefault(CompanyField.ATTRIBUTES, Map.of());
    return new ProspectRow(id, v, attributes, companyAttributes, Set.of());
  }

  // --- filters

  /** A random filter of the grammar, nested at most a few levels. */
  private String filter(int depth) {
    int choice = random.nextInt(depth >= 3 ? 4 : 10);
    return switch (choice) {
      case 4, 5 -> join(" and ", depth);
      case 6 -> join(" or ", depth);
      case 7 -> "not " + filter(depth + 1);
      case 8 -> "(" + filter(depth + 1) + ")";
      case 9 -> join(random.nextBoolean() ? " AND " : " Or ", depth);
      default -> condition();
    };
  }

  private String join(String operator, int depth) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < 2 + random.nextInt(2); i++) {
      String part = filter(depth + 1);
      parts.add(operator.trim().equalsIgnoreCase("and") && part.contains(" or ") ? "(" + part + ")" : part);
    }
    return String.join(operator, parts);
  }

  private String condition() {
    List<FilterField> fields = FilterFields.ALL;
    FilterField field = fields.get(random.nextInt(fields.size()));
    String name = field.name();
    return switch (field.type()) {
      case TEXT -> text(name);
      case ENUM -> choice(field);
      case USER -> scalar(name, () -> random.nextInt(5) == 0 ? "nobody" : owners.get(random.nextInt(owners.size())), false);
      case NUMBER -> number(name);
      case DATE -> date(name);
      case BOOLEAN -> switch (random.nextInt(4)) {
        case 0 -> name;
        case 1 -> "not " + name;
        case 2 -> name + " = " + (random.nextBoolean() ? "true" : "FALSE");
        default -> name + " != " + (random.nextBoolean() ? "true" : "false");
      };
      case TAGS -> scalar(name, () -> quote(pick(name.equals("tag") ? TAGS : TECHNOLOGIES)), false);
      case ATTRIBUTE -> attribute(name);
      case SEGMENT -> segmentNames.isEmpty() ? "has_email" : scalar(name, () -> quote(segmentNames.get(random.nextInt(segmentNames.size()))), true);
      case LIST -> scalar(name, () -> quote(listNames.get(random.nextInt(listNames.size()))), true);
    };
  }

  /** =, !=, in, not in, exists (when {@code noExists} is false) with values from {@code value}. */
  private String scalar(String name, Supplier<String> value, boolean noExists) {
    return switch (random.nextInt(noExists ? 4 : 6)) {
      case 0 -> name + " = " + value.get();
      case 1 -> name + " != " + value.get();
      case 2 -> name + " in (" + value.get() + ", " + value.get() + ")";
      case 3 -> name + " not in (" + value.get() + ")";
      case 4 -> name + (random.nextBoolean() ? " exists" : " is empty");
      default -> name + (random.nextBoolean() ? " not exists" : " is not empty");
    };
  }

  private String text(String name) {
    List<String> known = new ArrayList<>(textValues.getOrDefault(name, Set.of("x")));
    if (random.nextInt(3) == 0) {
      String whole = known.get(random.nextInt(known.size()));
      int from = random.nextInt(whole.length());
      int to = Math.min(whole.length(), from + 1 + random.nextInt(6));
      String part = whole.substring(from, to);
      if (Text.fold(Text.clean(part)).isEmpty()) {
        part = "e";
      }
      part = switch (random.nextInt(3)) {
        case 0 -> part.toUpperCase(Locale.ROOT);
        case 1 -> Text.fold(part);
        default -> part;
      };
      return name + (random.nextBoolean() ? " ~ " : " contains ") + quote(part);
    }
    return scalar(name, () -> quote(random.nextInt(8) == 0 ? "absent" : known.get(random.nextInt(known.size()))), false);
  }

  private String choice(FilterField field) {
    Choices choices = field.choices();
    Supplier<String> value = choices.values().isEmpty()
        ? () -> pick(COUNTRIES).toLowerCase(Locale.ROOT)
        : () -> {
          String v = choices.values().get(random.nextInt(choices.values().size()));
          String cased = random.nextBoolean() ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
          return v.contains("+") || v.contains("-") ? quote(cased) : cased;
        };
    return scalar(field.name(), value, false);
  }

  private String number(String name) {
    int bound = name.equals("score") ? 110 : name.equals("employees") ? 5000 : 50_000_000;
    Supplier<String> value = () -> String.valueOf(random.nextInt(bound));
    String[] ops = {"=", "!=", "<", "<=", ">", ">="};
    if (random.nextInt(3) == 0) {
      return scalar(name, value, false);
    }
    return name + " " + ops[random.nextInt(ops.length)] + " " + (random.nextInt(5) == 0 ? value.get() + ".5" : value.get());
  }

  private String date(String name) {
    return switch (random.nextInt(5)) {
      case 0 -> name + " within " + (1 + random.nextInt(20)) + "hdwmy".charAt(random.nextInt(5));
      case 1 -> name + " not within " + (1 + random.nextInt(12)) + "m";
      case 2 -> name + " before " + randomInstant().atZone(ZoneOffset.UTC).toLocalDate();
      case 3 -> name + " after " + (random.nextBoolean() ? randomInstant().atZone(ZoneOffset.UTC).toLocalDate().toString() : randomInstant().toString());
      default -> name + (random.nextBoolean() ? " exists" : " is empty");
    };
  }

  private String attribute(String prefix) {
    String name = prefix + ATTRIBUTE_KEYS[random.nextInt(ATTRIBUTE_KEYS.length)];
    Supplier<String> number = () -> random.nextBoolean() ? String.valueOf(random.nextInt(20_000)) : String.valueOf(random.nextInt(200) / 10.0);
    Supplier<String> text = () -> quote(pick(ATTRIBUTE_TEXTS));
    String[] ops = {"=", "!=", "<", "<=", ">", ">="};
    return switch (random.nextInt(7)) {
      case 0, 1 -> name + " " + ops[random.nextInt(ops.length)] + " " + number.get();
      case 2 -> scalar(name, text, false);
      case 3 -> name + " " + (random.nextBoolean() ? "=" : "!=") + " " + (random.nextBoolean() ? "true" : "false");
      case 4 -> name + " in (" + number.get() + ", " + number.get() + ")";
      case 5 -> name + " ~ " + quote(pick(new String[] {"pm", "É", "compte", "eligible", "1"}));
      default -> name + " not in (true)";
    };
  }

  // --- helpers

  private Instant randomInstant() {
    return now.minus(random.nextLong(2L * 365 * 24 * 3600 * 1000), ChronoUnit.MILLIS);
  }

  private <F> void put(Map<F, Object> map, F field, int tenths, Supplier<Object> value) {
    if (random.nextInt(10) < tenths) {
      map.put(field, value.get());
    }
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private List<String> some(String[] values) {
    List<String> picked = new ArrayList<>(Arrays.asList(values));
    java.util.Collections.shuffle(picked, new java.util.Random(random.nextLong()));
    return List.copyOf(picked.subList(0, 1 + random.nextInt(3)));
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

}
