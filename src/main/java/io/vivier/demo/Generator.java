package io.vivier.demo;

import io.vivier.lifecycle.Stage;
import io.vivier.prospect.Seniority;
import io.vivier.quality.Text;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The seeded generator: companies and people as inputs of the prospect services, with the stage
 * path and activities of each person. Pure: it touches no database, and the same seed and counts
 * give the same inputs (activity times move with {@code now}).
 */
final class Generator {

  /** A company to create, and what its people inherit from it. */
  static final class PlannedCompany {
    final Map<String, Object> input;
    final String name;
    final String domain;
    final Places.City city;
    final Long employees;
    final String owner;
    final EmailPattern emailPattern;
    final Set<String> roles = new HashSet<>();
    int people;
    long id;

    PlannedCompany(Map<String, Object> input, String name, String domain, Places.City city, Long employees,
        String owner, EmailPattern emailPattern) {
      this.input = input;
      this.name = name;
      this.domain = domain;
      this.city = city;
      this.employees = employees;
      this.owner = owner;
      this.emailPattern = emailPattern;
    }

    long capacity() {
      return employees == null ? 50 : employees;
    }
  }

  /** A person to create, then move along {@code path}, then give {@code activities}. */
  record PlannedPerson(
      Map<String, Object> input,
      PlannedCompany company,
      String owner,
      Stage stage,
      List<Engagement.Step> path,
      List<Engagement.Planned> activities) {}

  /** How a company writes its e-mail addresses. */
  enum EmailPattern { FIRST_DOT_LAST, INITIAL_DOT_LAST, INITIAL_LAST, FIRST, FIRST_LAST }

  private static final Weighted<String> PERSON_SOURCES =
      Weighted.<String>of().add("Site web", 20).add("LinkedIn", 16).add("Webinaire", 12).add("Achat de fichier", 14)
          .add("Salon VivaTech", 9).add("Livre blanc", 8).add("Recommandation", 7).add("Partenaire", 6)
          .add("Prospection sortante", 8);
  private static final Weighted<String> COMPANY_SOURCES =
      Weighted.<String>of().add("Achat de fichier", 30).add("Site web", 15).add("LinkedIn", 15).add("Salon VivaTech", 8)
          .add("Recommandation", 8).add("Partenaire", 8).add("Webinaire", 6).add("Prospection sortante", 10);
  /** How much more often than average prospects from a source go far in the funnel. */
  private static final Map<String, Double> SOURCE_QUALITY =
      Map.of("Recommandation", 2.0, "Partenaire", 1.6, "Site web", 1.3, "Webinaire", 1.1, "Salon VivaTech", 1.0,
          "LinkedIn", 0.9, "Livre blanc", 0.8, "Prospection sortante", 0.7, "Achat de fichier", 0.5);
  private static final Map<Stage, Integer> FUNNEL = funnel();
  private static final List<String> PERSONAL_DOMAINS =
      List.of("gmail.com", "gmail.com", "orange.fr", "outlook.fr", "free.fr", "hotmail.fr", "laposte.net", "wanadoo.fr");
  private static final List<String> SAINTS = Names.MEN.stream().filter(n -> !n.contains("-")).toList();
  private static final List<String> ICP_INDUSTRIES =
      List.of("Logiciel", "Services informatiques", "Conseil", "Industrie", "Commerce de gros", "E-commerce");

  private final Dice dice;
  /** For activity times only, which depend on the time of the run. */
  private final Dice clockDice;
  private final Identifiers ids;
  private final long seed;
  private final Instant now;
  private final List<String> sales;
  private final String marketing;
  private final String eventYear;
  private final Set<String> names = new HashSet<>();
  private final Set<String> domains = new HashSet<>();
  private final Set<String> emails = new HashSet<>();
  private final Map<String, Weighted<Stage>> stagesBySource = new HashMap<>();
  private final Weighted<JobTitles.Title> titles = Weighted.of();
  private Weighted<PlannedCompany> companyWeights;

  /**
   * @param sales usernames of sales reps who own deals
   * @param marketing username of the marketer who owns early leads
   */
  Generator(long seed, Instant now, List<String> sales, String marketing) {
    this.dice = new Dice(seed);
    this.clockDice = new Dice(seed ^ 0x5DEECE66DL);
    this.ids = new Identifiers(dice);
    this.seed = seed;
    this.now = now;
    this.sales = sales;
    this.marketing = marketing;
    ZonedDateTime today = now.atZone(ZoneOffset.UTC);
    // VivaTech takes place in June
    this.eventYear = String.valueOf(today.getMonth().compareTo(Month.JUNE) > 0 ? today.getYear() : today.getYear() - 1);
    JobTitles.ALL.forEach(t -> titles.add(t, t.weight()));
  }

  // --- companies -----------------------------------------------------------------------------

  PlannedCompany company(int index) {
    Sectors.Sector sector = dice.weighted(Sectors.WEIGHTED);
    Places.City city = dice.weighted(Places.WEIGHTED);
    Long employees = dice.chance(0.92) ? employees() : null;
    String baseName = uniqueName(sector, city);
    String legalForm = legalForm(city.country(), employees == null ? 20 : employees);
    String name = dice.chance(0.35) ? baseName + " " + legalForm : baseName;
    String domain = uniqueDomain(baseName, city.country(), sector);

    Map<String, Object> input = new LinkedHashMap<>();
    input.put("name", name);
    input.put("domain", domain);
    if (city.country().equals("FR") && dice.chance(0.9)) {
      String siren = ids.siren();
      input.put("siren", siren);
      if (dice.chance(0.85)) {
        input.put("siret", ids.siret(siren));
      }
    }
    if (dice.chance(0.95)) {
      input.put("naf_code", sector.naf());
    }
    input.put("industry", sector.industry());
    if (employees != null) {
      input.put("employees", employees);
      if (dice.chance(0.85)) {
        long perEmployee = dice.between(sector.revenueMin(), sector.revenueMax()) * 1000L;
        long revenue = Math.max(50_000, employees * perEmployee);
        input.put("revenue", Math.round(revenue / 10_000.0) * 10_000);
      }
    }
    if (dice.chance(0.85)) {
      input.put("technologies", technologies(sector));
    }
    if (dice.chance(0.85)) {
      input.put("phone", ids.landline(city, dice.chance(0.4)));
    }
    if (dice.chance(0.7)) {
      input.put("linkedin_url", "https://www.linkedin.com/company/" + Identifiers.slug(baseName));
    }
    input.put("street", dice.between(1, 150) + (dice.chance(0.08) ? " bis " : " ") + dice.pick(Places.STREETS));
    input.put("postcode", dice.pick(city.postcodes()));
    input.put("city", city.name());
    input.put("country", city.country());
    input.put("source", dice.weighted(COMPANY_SOURCES));
    String owner = dice.chance(0.7) ? dice.pick(sales) : null;
    if (owner != null) {
      input.put("owner", owner);
    }
    input.put("external_id", "demo-" + seed + "-c" + (index + 1));
    input.put("attributes", Map.of("forme_juridique", legalForm));
    EmailPattern pattern =
        dice.weighted(Weighted.<EmailPattern>of().add(EmailPattern.FIRST_DOT_LAST, 70).add(EmailPattern.INITIAL_DOT_LAST, 10)
            .add(EmailPattern.INITIAL_LAST, 8).add(EmailPattern.FIRST_LAST, 7).add(EmailPattern.FIRST, 5));
    return new PlannedCompany(input, name, domain, city, employees, owner, pattern);
  }

  private long employees() {
    double size = dice.unit();
    if (size < 0.22) {
      return dice.between(1, 9);
    } else if (size < 0.55) {
      return dice.logUniform(10, 49);
    } else if (size < 0.82) {
      return dice.logUniform(50, 249);
    } else if (size < 0.93) {
      return dice.logUniform(250, 999);
    } else if (size < 0.98) {
      return dice.logUniform(1000, 4999);
    }
    return dice.logUniform(5000, 60_000);
  }

  private String legalForm(String country, long employees) {
    return switch (country) {
      case "BE" -> employees >= 250 ? "SA" : dice.pick("SRL", "SRL", "SA");
      case "CH" -> employees >= 250 ? dice.pick("SA", "AG") : dice.pick("Sàrl", "SA");
      default -> {
        if (employees < 10) {
          yield dice.pick("SARL", "SAS", "SASU", "EURL", "SARL");
        } else if (employees < 250) {
          yield dice.pick("SAS", "SAS", "SAS", "SARL", "SA");
        }
        yield dice.pick("SA", "SAS", "SA");
      }
    };
  }

  private String uniqueName(Sectors.Sector sector, Places.City city) {
    for (int attempt = 0; attempt < 30; attempt++) {
      String name = companyName(sector, city, attempt >= 20);
      if (names.add(Text.fold(name))) {
        return name;
      }
    }
    // a large base runs out of short names: number them as groups do with their subsidiaries
    for (int n = 2; ; n++) {
      String name = companyName(sector, city, true) + " " + n;
      if (names.add(Text.fold(name))) {
        return name;
      }
    }
  }

  private String companyName(Sectors.Sector sector, Places.City city, boolean withCity) {
    List<String> lastNames = city.country().equals("FR") ? Names.LAST : Names.LAST_BE_CH;
    String name =
        dice.pick(sector.names())
            .replace("{N}", dice.pick(lastNames))
            .replace("{M}", dice.pick(lastNames))
            .replace("{B}", brand())
            .replace("{C}", city.name())
            .replace("{F}", dice.pick(SAINTS));
    return withCity && !name.contains(city.name()) ? name + " " + city.name() : name;
  }

  private String brand() {
    String start = dice.pick(Sectors.BRAND_STARTS);
    String end = dice.pick(Sectors.BRAND_ENDS);
    String vowels = "aeiouy";
    boolean clash = vowels.indexOf(Text.fold(start).charAt(start.length() - 1)) >= 0
        && vowels.indexOf(Text.fold(end).charAt(0)) >= 0;
    if (clash || Text.fold(start).endsWith(Text.fold(end.substring(0, 1)))) {
      end = end.substring(1);
    }
    return start + end;
  }

  private String uniqueDomain(String name, String country, Sectors.Sector sector) {
    List<String> words = new ArrayList<>();
    for (String word : Text.fold(name).split("[^a-z0-9]+")) {
      if (!word.isEmpty() && !Set.of("et", "de", "du", "des", "la", "le", "les", "l", "d").contains(word)) {
        words.add(word);
      }
    }
    String joined = String.join("", words);
    String label = joined.length() <= 14 ? joined : String.join("-", words);
    if (label.length() > 40) {
      label = label.substring(0, 40).replaceAll("-+$", "");
    }
    String tld =
        switch (country) {
          case "BE" -> ".be";
          case "CH" -> ".ch";
          default -> sector.industry().equals("Logiciel") && dice.chance(0.15) ? dice.pick(".io", ".tech")
              : dice.chance(0.6) ? ".fr" : ".com";
        };
    String domain = label + tld;
    for (int n = 2; !domains.add(domain); n++) {
      domain = label + "-" + n + tld;
    }
    return domain;
  }

  private List<String> technologies(Sectors.Sector sector) {
    Set<String> technologies = new LinkedHashSet<>();
    int count = dice.between(2, 6);
    for (int i = 0; i < count * 2 && technologies.size() < count; i++) {
      technologies.add(dice.chance(0.6) ? dice.pick(sector.technologies()) : dice.pick(Sectors.COMMON_TECHNOLOGIES));
    }
    return List.copyOf(technologies);
  }

  // --- people --------------------------------------------------------------------------------

  PlannedPerson person(int index, List<PlannedCompany> companies) {
    PlannedCompany company = pickCompany(index, companies);
    boolean woman = dice.chance(0.5);
    String first = dice.pick(woman ? Names.WOMEN : Names.MEN);
    boolean abroad = company != null && !company.city.country().equals("FR");
    String last = dice.pick(abroad && dice.chance(0.6) ? Names.LAST_BE_CH : Names.LAST);
    String country = company == null ? "FR" : company.city.country();

    Map<String, Object> input = new LinkedHashMap<>();
    input.put("first_name", first);
    input.put("last_name", last);
    JobTitles.Title title = company == null ? JobTitles.FREELANCE : dice.chance(0.95) ? title(company) : null;

    boolean hasEmail = dice.chance(0.96);
    if (hasEmail) {
      input.put("email", company == null ? personalEmail(first, last) : workEmail(first, last, company));
    }
    if (company != null && dice.chance(0.45)) {
      input.put("phone", ids.landline(company.city, dice.chance(0.4)));
    }
    if (dice.chance(0.55) || (!hasEmail && !input.containsKey("phone"))) {
      input.put("mobile", ids.mobile(country, dice.chance(0.4)));
    }
    if (title != null) {
      input.put("job_title", title.of(woman));
      input.put("function", title.function().name().toLowerCase(Locale.ROOT));
      input.put("seniority", title.seniority().name().toLowerCase(Locale.ROOT));
    }
    if (dice.chance(0.65)) {
      input.put("linkedin_url", ids.linkedInPerson(first, last));
    }
    if (company != null) {
      input.put("company_id", company.id);
      if (dice.chance(0.5)) {
        input.put("postcode", company.input.get("postcode"));
        input.put("city", company.city.name());
        input.put("country", company.city.country());
      }
    }
    String source = dice.weighted(PERSON_SOURCES);
    input.put("source", source);
    String sourceDetail = sourceDetail(source);
    if (sourceDetail != null) {
      input.put("source_detail", sourceDetail);
    }
    Stage stage = dice.weighted(stagesBySource.computeIfAbsent(source, Generator::stages));
    String owner = owner(stage, company);
    if (owner != null) {
      input.put("owner", owner);
    }
    String legalBasis = legalBasis(source, stage);
    if (legalBasis != null) {
      input.put("legal_basis", legalBasis);
    }
    String consentEmail = consentEmail(legalBasis, stage);
    input.put("consent_email", consentEmail);
    input.put("consent_phone", dice.weighted(Weighted.<String>of().add("unknown", 70).add("granted", 20).add("denied", 10)));
    List<String> tags = tags(stage, title, company, consentEmail, source);
    if (!tags.isEmpty()) {
      input.put("tags", tags);
    }
    input.put("external_id", "demo-" + seed + "-p" + (index + 1));
    input.put("stage_reason", "Nouveau lead (" + source + ")");

    List<Engagement.Step> path = Engagement.path(dice, stage);
    boolean marketingEmails = hasEmail && (consentEmail.equals("granted") || consentEmail.equals("unknown"));
    boolean hasPhone = input.containsKey("phone") || input.containsKey("mobile");
    Engagement.Prospect prospect =
        new Engagement.Prospect(stage, source, sourceDetail, company == null ? null : company.name, hasEmail,
            marketingEmails, hasPhone, eventYear, path);
    List<Engagement.Planned> activities = Engagement.activities(dice, clockDice, prospect, now);
    return new PlannedPerson(input, company, owner, stage, path, activities);
  }

  /**
   * Most companies get at least one person (the first people go to the companies in turn), the
   * others are drawn with big companies more likely; 3 % of people work on their own.
   */
  private PlannedCompany pickCompany(int index, List<PlannedCompany> companies) {
    if (dice.chance(0.03) || companies.isEmpty()) {
      return null;
    }
    if (index < companies.size() && dice.chance(0.85)) {
      PlannedCompany company = companies.get(index);
      company.people++;
      return company;
    }
    if (companyWeights == null) {
      companyWeights = Weighted.of();
      for (PlannedCompany c : companies) {
        double log = Math.log(1 + c.capacity());
        companyWeights.add(c, log * log);
      }
    }
    PlannedCompany company = dice.weighted(companyWeights);
    for (int attempt = 0; attempt < 10 && company.people >= company.capacity(); attempt++) {
      company = dice.weighted(companyWeights);
    }
    company.people++;
    return company;
  }

  /** A title the company is big enough for, and not a second CEO. */
  private JobTitles.Title title(PlannedCompany company) {
    long size = company.capacity();
    for (int attempt = 0; attempt < 30; attempt++) {
      JobTitles.Title title = dice.weighted(titles);
      if (size >= title.minEmployees() && size <= title.maxEmployees()
          && (title.role() == null || !company.roles.contains(title.role()))) {
        if (title.role() != null) {
          company.roles.add(title.role());
        }
        return title;
      }
    }
    return JobTitles.ALL.stream().filter(t -> t.male().equals("Chef de projet")).findFirst().orElseThrow();
  }

  private String workEmail(String first, String last, PlannedCompany company) {
    String f = Identifiers.emailWord(first);
    String l = Identifiers.emailWord(last);
    String local =
        switch (company.emailPattern) {
          case FIRST_DOT_LAST -> f + "." + l;
          case INITIAL_DOT_LAST -> f.charAt(0) + "." + l;
          case INITIAL_LAST -> f.charAt(0) + l;
          case FIRST_LAST -> f + l;
          case FIRST -> f;
        };
    return uniqueEmail(local, f + "." + l, company.domain);
  }

  private String personalEmail(String first, String last) {
    String f = Identifiers.emailWord(first);
    String l = Identifiers.emailWord(last);
    String local = dice.chance(0.5) ? f + "." + l : f + "." + l + dice.between(1, 99);
    return uniqueEmail(local, f + "." + l, dice.pick(PERSONAL_DOMAINS));
  }

  /** The address, or the usual alternatives when a namesake already has it (jean.martin2@…). */
  private String uniqueEmail(String local, String fallback, String domain) {
    String email = local + "@" + domain;
    if (emails.add(email)) {
      return email;
    }
    email = fallback + "@" + domain;
    for (int n = 2; !emails.add(email); n++) {
      email = fallback + n + "@" + domain;
    }
    return email;
  }

  private String sourceDetail(String source) {
    return switch (source) {
      case "Site web" -> dice.pick("Formulaire de contact", "Demande de démo", "Inscription à la newsletter");
      case "LinkedIn" -> dice.pick("Campagne Sales Navigator", "Publication sponsorisée", "Message direct");
      case "Webinaire" -> "Prospecter mieux avec des données propres";
      case "Achat de fichier" -> dice.pick("Fichier décideurs PME Île-de-France", "Fichier DSI ETI", "Fichier DAF Grand Ouest");
      case "Salon VivaTech" -> "VivaTech " + eventYear;
      case "Livre blanc" -> "7 leviers pour fiabiliser votre base clients";
      case "Recommandation" -> "Recommandé par un client";
      case "Partenaire" -> dice.pick("Intégrateur partenaire", "Cabinet partenaire", "Revendeur");
      default -> null;
    };
  }

  private static Weighted<Stage> stages(String source) {
    double quality = SOURCE_QUALITY.getOrDefault(source, 1.0);
    Weighted<Stage> stages = Weighted.of();
    FUNNEL.forEach(
        (stage, weight) -> {
          boolean far = stage.progress() >= 3 || stage == Stage.LOST || stage == Stage.CHURNED;
          boolean dropped = stage == Stage.LEAD || stage == Stage.DISQUALIFIED;
          double factor = far ? quality : dropped ? 1 / Math.sqrt(quality) : 1;
          stages.add(stage, weight * factor);
        });
    return stages;
  }

  private static Map<Stage, Integer> funnel() {
    Map<Stage, Integer> funnel = new EnumMap<>(Stage.class);
    funnel.put(Stage.LEAD, 44);
    funnel.put(Stage.MQL, 14);
    funnel.put(Stage.SQL, 9);
    funnel.put(Stage.OPPORTUNITY, 6);
    funnel.put(Stage.CUSTOMER, 5);
    funnel.put(Stage.NURTURE, 10);
    funnel.put(Stage.DISQUALIFIED, 6);
    funnel.put(Stage.LOST, 4);
    funnel.put(Stage.CHURNED, 2);
    return funnel;
  }

  /** Marketing owns most early leads, sales reps own qualified ones; some leads have no owner yet. */
  private String owner(Stage stage, PlannedCompany company) {
    boolean early = stage == Stage.LEAD || stage == Stage.NURTURE || stage == Stage.MQL || stage == Stage.DISQUALIFIED;
    String rep = company != null && company.owner != null && dice.chance(0.7) ? company.owner : dice.pick(sales);
    if (early) {
      double draw = dice.unit();
      return draw < 0.45 ? marketing : draw < 0.8 ? rep : null;
    }
    return dice.chance(0.95) ? rep : null;
  }

  private String legalBasis(String source, Stage stage) {
    if (dice.chance(0.08)) {
      return null;
    }
    if ((stage == Stage.CUSTOMER || stage == Stage.CHURNED) && dice.chance(0.6)) {
      return "contract";
    }
    boolean optIn = source.equals("Site web") || source.equals("Webinaire") || source.equals("Livre blanc");
    return optIn && dice.chance(0.8) ? "consent" : "legitimate_interest";
  }

  private String consentEmail(String legalBasis, Stage stage) {
    if ("consent".equals(legalBasis)) {
      return dice.chance(0.95) ? "granted" : "withdrawn";
    }
    Weighted<String> consent = Weighted.<String>of().add("unknown", 75).add("granted", 12).add("denied", 8).add("withdrawn", 5);
    if (stage == Stage.DISQUALIFIED || stage == Stage.LOST) {
      consent.add("denied", 10);
    }
    return dice.weighted(consent);
  }

  private List<String> tags(Stage stage, JobTitles.Title title, PlannedCompany company, String consentEmail, String source) {
    List<String> tags = new ArrayList<>();
    boolean decisionMaker =
        title != null && (title.seniority() == Seniority.EXECUTIVE || title.seniority() == Seniority.VP
            || title.seniority() == Seniority.DIRECTOR);
    if (decisionMaker && dice.chance(0.7)) {
      tags.add("Décideur");
    }
    if (company != null && company.employees != null && company.employees >= 1000) {
      tags.add("Grand compte");
    }
    if (company != null && decisionMaker && company.employees != null && company.employees >= 50
        && company.employees <= 5000 && ICP_INDUSTRIES.contains((String) company.input.get("industry")) && dice.chance(0.8)) {
      tags.add("ICP");
    }
    if (consentEmail.equals("granted") && dice.chance(0.5)) {
      tags.add("Newsletter");
    }
    if (source.equals("Salon VivaTech")) {
      tags.add("VivaTech " + eventYear);
    }
    if ((stage == Stage.SQL || stage == Stage.OPPORTUNITY) && dice.chance(0.3)) {
      tags.add("À relancer");
    }
    if (stage == Stage.OPPORTUNITY && dice.chance(0.3)) {
      tags.add("Budget validé");
    }
    if ((stage == Stage.OPPORTUNITY || stage == Stage.LOST) && dice.chance(0.2)) {
      tags.add("Concurrent en place");
    }
    if (stage == Stage.CUSTOMER && dice.chance(0.25)) {
      tags.add("Ambassadeur");
    }
    return tags;
  }
}
