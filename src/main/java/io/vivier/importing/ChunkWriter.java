package io.vivier.importing;

import io.vivier.lifecycle.Stage;
import io.vivier.lifecycle.StageChange;
import io.vivier.lifecycle.StageHistory;
import io.vivier.prospect.Companies;
import io.vivier.prospect.Company;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.People;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import io.vivier.prospect.Snapshots;
import io.vivier.quality.Emails;
import io.vivier.quality.Phones;
import io.vivier.quality.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Matches and writes one chunk of rows, inside the caller's transaction: companies first (by
 * SIREN, then domain, then name), then people (by Vivier id, e-mail, phone or mobile, then name
 * within the company), against the base and against the rows of the same file already written,
 * merging under the batch's policy; logs what it wrote so the batch can be undone. One instance
 * per batch: it remembers which records the batch created or updated.
 */
final class ChunkWriter {

  private final People people;
  private final Companies companies;
  private final StageHistory stageHistory;
  private final ImportBatches batches;
  private final KeyLookup keys;
  private final PersonMatcher matcher;
  private final CompanyMatcher companyMatcher;
  private final long batchId;
  private final ImportPolicy policy;
  private final Instant asOf;
  private final String actor;
  private final LongSet createdPeople = new LongSet();
  private final LongSet updatedPeople = new LongSet();
  private final LongSet createdCompanies = new LongSet();
  private final LongSet updatedCompanies = new LongSet();

  ChunkWriter(People people, Companies companies, StageHistory stageHistory, ImportBatches batches, KeyLookup keys,
      PersonMatcher matcher, CompanyMatcher companyMatcher, long batchId, ImportPolicy policy, Instant asOf, String actor) {
    this.people = people;
    this.companyMatcher = companyMatcher;
    this.keys = keys;
    this.matcher = matcher;
    this.companies = companies;
    this.stageHistory = stageHistory;
    this.batches = batches;
    this.batchId = batchId;
    this.policy = policy;
    this.asOf = asOf;
    this.actor = actor;
  }

  /** Writes the rows that are not rejected; returns the chunk's counts (rejections and warnings included). */
  ImportBatch.Counts write(List<ImportRow> rows, Instant now) {
    keys.catchUp();
    Counter count = new Counter();
    List<ImportBatches.Change> changes = new ArrayList<>();
    List<ImportRow> accepted = new ArrayList<>(rows.size());
    for (ImportRow row : rows) {
      count.read++;
      if (row.rejected()) {
        count.rejected++;
      } else {
        accepted.add(row);
      }
      if (!row.issues.isEmpty()) {
        count.warnings += row.issues.size();
      }
    }
    writeCompanies(accepted, now, count, changes);
    writePeople(accepted, now, count, changes);
    if (batchId > 0) {
      batches.recordChanges(batchId, changes);
    }
    return count.counts();
  }

  // ---- companies

  private void writeCompanies(List<ImportRow> rows, Instant now, Counter count, List<ImportBatches.Change> changes) {
    List<ImportRow> withCompany = new ArrayList<>();
    Set<String> sirens = new HashSet<>();
    Set<String> domains = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (ImportRow row : rows) {
      if (row.company.isEmpty()) {
        continue;
      }
      nameCompany(row);
      withCompany.add(row);
      add(sirens, (String) row.company.get(CompanyField.SIREN));
      add(domains, (String) row.company.get(CompanyField.DOMAIN));
      names.add(Companies.nameKey((String) row.company.get(CompanyField.NAME)));
    }
    if (withCompany.isEmpty()) {
      return;
    }
    Map<String, Long> bySiren = keys.companies(Companies.Key.SIREN, sirens);
    Map<String, Long> byDomain = keys.companies(Companies.Key.DOMAIN, domains);
    Map<String, Long> byName = keys.companies(Companies.Key.NAME, names);
    Map<Long, Company> existing = new HashMap<>();
    Set<Long> candidates = new HashSet<>(bySiren.values());
    candidates.addAll(byDomain.values());
    candidates.addAll(byName.values());
    for (Company company : companies.findAll(candidates, true)) {
      existing.put(company.id(), company);
    }
    // a candidate counts when the company holds the key it was found by
    bySiren.entrySet().removeIf(e -> !holds(existing.get(e.getValue()), CompanyField.SIREN, e.getKey()));
    byDomain.entrySet().removeIf(e -> !holds(existing.get(e.getValue()), CompanyField.DOMAIN, e.getKey()));
    byName.entrySet().removeIf(e -> existing.get(e.getValue()) == null
        || !e.getKey().equals(Companies.nameKey((String) existing.get(e.getValue()).values().get(CompanyField.NAME))));

    Map<ImportRow, CompanyMatcher.Scored> likely = likelyCompanies(withCompany, bySiren, byDomain, byName, existing);

    // targets: an existing id (>0) or a new company (-(index+1)), shared by rows of the chunk
    Map<String, Long> localSiren = new HashMap<>();
    Map<String, Long> localDomain = new HashMap<>();
    Map<String, Long> localName = new HashMap<>();
    Map<ImportRow, Long> targetOf = new LinkedHashMap<>();
    Map<Integer, CompanyMatcher.Scored> toReview = new HashMap<>(); // index in created → likely earlier company
    List<Map<CompanyField, Object>> created = new ArrayList<>();
    for (ImportRow row : withCompany) {
      String siren = (String) row.company.get(CompanyField.SIREN);
      String domain = (String) row.company.get(CompanyField.DOMAIN);
      String name = Companies.nameKey((String) row.company.get(CompanyField.NAME));
      Long target = firstNonNull(
          siren == null ? null : localSiren.get(siren),
          siren == null ? null : bySiren.get(siren),
          domain == null ? null : localDomain.get(domain),
          domain == null ? null : byDomain.get(domain),
          // a name alone does not join two companies with different SIRENs
          siren == null ? localName.get(name) : null,
          siren == null ? byName.get(name) : null,
          sure(likely.get(row)));
      if (target == null) {
        created.add(new EnumMap<>(CompanyField.class));
        target = (long) -created.size();
        if (likely.get(row) != null) {
          toReview.put(created.size() - 1, likely.get(row));
        }
      }
      targetOf.put(row, target);
      if (siren != null) {
        localSiren.putIfAbsent(siren, target);
      }
      if (domain != null) {
        localDomain.putIfAbsent(domain, target);
      }
      localName.putIfAbsent(name, target);
    }

    Map<Long, Map<CompanyField, Object>> working = new LinkedHashMap<>();
    Set<Long> changed = new HashSet<>();
    for (Map.Entry<ImportRow, Long> entry : targetOf.entrySet()) {
      long target = entry.getValue();
      Map<CompanyField, Object> incoming = entry.getKey().company;
      if (target < 0) {
        ImportMerge.merge(created.get((int) (-target - 1)), incoming, policy != ImportPolicy.FILL);
        continue;
      }
      Company company = existing.get(target);
      Map<CompanyField, Object> values = working.computeIfAbsent(target, id -> new EnumMap<>(company.values()));
      // rows of one file are equally new: under overwrite and newest the later row wins, as it will on a re-run
      boolean overwrite = createdCompanies.contains(target) ? policy != ImportPolicy.FILL : overwrite(company.updatedAt());
      if (ImportMerge.merge(values, incoming, overwrite)) {
        changed.add(target);
      }
    }
    // write
    long[] ids = companies.insertAll(created, now);
    for (long id : ids) {
      createdCompanies.add(id);
    }
    addRanges(changes, "company", ids);
    count.companiesCreated += ids.length;
    Map<Long, Map<CompanyField, Object>> updates = new LinkedHashMap<>();
    Map<Long, Long> versions = new HashMap<>();
    changed.removeIf(id -> working.get(id).equals(existing.get(id).values()));
    for (Long id : changed) {
      updates.put(id, working.get(id));
      Company before = existing.get(id);
      // a record the batch created and writes again gets a change without a before-image: its
      // version tells undo the batch's own writes from later ones
      boolean ours = createdCompanies.contains(id);
      if (updatedCompanies.add(id)) {
        if (!ours) {
          count.companiesUpdated++;
        }
        changes.add(new ImportBatches.Change("company", "update", id, id, before.version() + 1, ours ? null : Snapshots.write(before.values())));
      } else {
        versions.put(id, before.version() + 1);
      }
    }
    if (batchId > 0) {
      batches.updateChangeVersions(batchId, "company", versions);
    }
    companies.updateAll(updates, now);
    for (int i = 0; i < ids.length; i++) {
      keys.wroteCompany(companyKeys(ids[i], created.get(i)));
    }
    updates.forEach((id, values) -> keys.wroteCompany(companyKeys(id, values)));
    if (!toReview.isEmpty()) {
      String reason = batchId > 0 ? "import #" + batchId : "import";
      toReview.forEach((index, match) -> companyMatcher.propose(ids[index], match, reason));
    }
    for (Map.Entry<ImportRow, Long> entry : targetOf.entrySet()) {
      long target = entry.getValue();
      long id = target > 0 ? target : ids[(int) (-target - 1)];
      entry.getKey().person.put(PersonField.COMPANY_ID, id);
    }
  }

  /**
   * For rows whose company matched nothing by SIREN, domain or name key, the likeliest company of
   * the base among those whose name key starts alike, as the matching engine scores them (none
   * without a fitted company model). Sure matches are loaded into {@code existing}, as targets.
   */
  private Map<ImportRow, CompanyMatcher.Scored> likelyCompanies(List<ImportRow> rows, Map<String, Long> bySiren,
      Map<String, Long> byDomain, Map<String, Long> byName, Map<Long, Company> existing) {
    if (!companyMatcher.ready()) {
      return Map.of();
    }
    Map<ImportRow, String> unmatched = new LinkedHashMap<>();
    for (ImportRow row : rows) {
      String siren = (String) row.company.get(CompanyField.SIREN);
      String domain = (String) row.company.get(CompanyField.DOMAIN);
      String name = Companies.nameKey((String) row.company.get(CompanyField.NAME));
      if ((siren != null && bySiren.containsKey(siren)) || (domain != null && byDomain.containsKey(domain))
          || (siren == null && byName.containsKey(name)) || name.length() < CompanyMatcher.PREFIX) {
        continue;
      }
      unmatched.put(row, candidateKey(row, name));
    }
    Map<String, List<Company>> byKey = new HashMap<>();
    for (String key : new HashSet<>(unmatched.values())) {
      int tab = key.indexOf('\t');
      byKey.put(key, companies.withNamePrefix(tab < 0 ? key : key.substring(0, tab), tab < 0 ? null : key.substring(tab + 1),
          CompanyMatcher.MAX_CANDIDATES));
    }
    Map<ImportRow, CompanyMatcher.Scored> likely = new HashMap<>();
    Set<Long> sure = new HashSet<>();
    unmatched.forEach((row, key) -> companyMatcher.best(row.company, byKey.get(key)).ifPresent(match -> {
      likely.put(row, match);
      if (match.probability() >= companyMatcher.autoMerge() && !existing.containsKey(match.companyId())) {
        sure.add(match.companyId());
      }
    }));
    for (Company company : companies.findAll(sure, true)) {
      existing.put(company.id(), company);
    }
    // a company deleted since the query is no target
    likely.values().removeIf(m -> m.probability() >= companyMatcher.autoMerge() && !existing.containsKey(m.companyId()));
    return likely;
  }

  /**
   * What candidates share with a row: the first characters of the name key, and the postcode when
   * the row has one (many names start alike: "Groupe …", "Société …").
   */
  private static String candidateKey(ImportRow row, String nameKey) {
    Object postcode = row.company.get(CompanyField.POSTCODE);
    return nameKey.substring(0, CompanyMatcher.PREFIX) + (postcode == null ? "" : "\t" + postcode);
  }

  /** The company of a sure match, or null (none, or only likely: then the company is created and the pair reviewed). */
  private Long sure(CompanyMatcher.Scored match) {
    return match != null && match.probability() >= companyMatcher.autoMerge() ? match.companyId() : null;
  }

  /**
   * A company needs a name: its domain, or its SIREN, stand in when the file gives none (the
   * pipeline drops company details that have none of the three).
   */
  private static void nameCompany(ImportRow row) {
    if (row.company.get(CompanyField.NAME) != null) {
      return;
    }
    Object domain = row.company.get(CompanyField.DOMAIN);
    Object siren = row.company.get(CompanyField.SIREN);
    row.company.put(CompanyField.NAME, domain != null ? domain : "SIREN " + siren);
  }

  // ---- people

  private void writePeople(List<ImportRow> all, Instant now, Counter count, List<ImportBatches.Change> changes) {
    List<ImportRow> rows = all.stream().filter(row -> !row.companiesOnly).toList();
    Set<String> emails = new HashSet<>();
    Set<String> phones = new HashSet<>();
    Set<Long> companyIds = new HashSet<>();
    Set<String> nameKeys = new HashSet<>();
    Set<Long> vivierIds = new HashSet<>();
    for (ImportRow row : rows) {
      String email = (String) row.person.get(PersonField.EMAIL);
      if (email != null) {
        emails.add(Emails.key(email));
      }
      add(phones, (String) row.person.get(PersonField.PHONE));
      add(phones, (String) row.person.get(PersonField.MOBILE));
      String nameKey = nameKey(row.person);
      if (nameKey != null) {
        companyIds.add((Long) row.person.get(PersonField.COMPANY_ID));
        nameKeys.add(nameKey);
      }
      if (row.vivierId != null) {
        vivierIds.add(row.vivierId);
      }
    }
    Map<String, Long> byEmail = keys.emails(emails);
    Map<String, Long> byPhone = keys.phones(phones);
    Map<String, Long> byName = keys.names(companyIds, nameKeys);
    Set<Long> known = vivierIds.isEmpty() ? Set.of() : people.versions(vivierIds).keySet();
    Map<Long, Person> loaded = new HashMap<>();
    Set<Long> found = new HashSet<>(byEmail.values());
    found.addAll(byPhone.values());
    found.addAll(byName.values());
    found.addAll(known);
    for (Person person : people.findAll(found, true)) {
      loaded.put(person.id(), person);
    }
    // a candidate counts when the person holds the key it was found by
    byEmail.entrySet().removeIf(e -> !holdsEmail(loaded.get(e.getValue()), e.getKey()));
    byPhone.entrySet().removeIf(e -> !holdsPhone(loaded.get(e.getValue()), e.getKey()));
    byName.entrySet().removeIf(e -> loaded.get(e.getValue()) == null || !e.getKey().equals(nameKey(loaded.get(e.getValue()).values())));

    List<long[]> rowCandidates = new ArrayList<>(rows.size());
    for (ImportRow row : rows) {
      String email = (String) row.person.get(PersonField.EMAIL);
      rowCandidates.add(new long[] {
        row.vivierId != null && known.contains(row.vivierId) ? row.vivierId : 0,
        email == null ? 0 : orZero(byEmail.get(Emails.key(email))),
        orZero(byPhone.get((String) row.person.get(PersonField.PHONE))),
        orZero(byPhone.get((String) row.person.get(PersonField.MOBILE))),
        orZero(byName.get(nameKey(row.person)))
      });
    }

    Map<Long, List<Person>> colleagues = colleagues(rows, rowCandidates, loaded);
    Map<Integer, PersonMatcher.Scored> toReview = new HashMap<>(); // index in created → likely earlier person

    Map<Long, EnumMap<PersonField, Object>> working = new LinkedHashMap<>();
    Set<Long> changed = new java.util.LinkedHashSet<>();
    Set<Long> countedUpdated = new HashSet<>();
    Set<Long> touched = new HashSet<>();
    List<Map<PersonField, Object>> created = new ArrayList<>();
    Local local = new Local();
    for (int r = 0; r < rows.size(); r++) {
      ImportRow row = rows.get(r);
      long[] c = rowCandidates.get(r);
      Long target = localTarget(row, local, id -> id < 0 ? created.get((int) (-id - 1)) : working.get(id));
      if (target == null) {
        target = dbTarget(row, c, loaded);
      }
      PersonMatcher.Scored likely = null;
      if (target == null && row.person.get(PersonField.COMPANY_ID) != null) {
        // nobody by e-mail, phone or name: the matching engine compares the row with the people of its company
        likely = matcher.best(row.person, (String) row.company.get(CompanyField.NAME),
            colleagues.getOrDefault((Long) row.person.get(PersonField.COMPANY_ID), List.of())).orElse(null);
        if (likely != null && likely.mergeable() && likely.probability() >= matcher.autoMerge()) {
          target = likely.personId();
          likely = null;
        }
      }
      if (target == null) {
        Map<PersonField, Object> values = new EnumMap<>(PersonField.class);
        values.put(PersonField.STAGE, Stage.LEAD.name());
        ImportMerge.merge(values, row.person, true);
        created.add(values);
        target = (long) -created.size();
        count.created++;
        if (likely != null) {
          toReview.put(created.size() - 1, likely);
        }
      } else if (target < 0) {
        ImportMerge.merge(created.get((int) (-target - 1)), row.person, policy != ImportPolicy.FILL);
        count.merged++;
      } else {
        Person person = loaded.get(target);
        EnumMap<PersonField, Object> values = working.computeIfAbsent(target, id -> new EnumMap<>(person.values()));
        boolean ours = createdPeople.contains(target);
        boolean again = ours || updatedPeople.contains(target) || touched.contains(target);
        boolean overwrite = ours ? policy != ImportPolicy.FILL : overwrite(person.updatedAt());
        boolean didChange = ImportMerge.merge(values, row.person, overwrite);
        if (didChange) {
          changed.add(target);
        }
        if (again) {
          count.merged++;
        } else if (didChange) {
          count.updated++;
          countedUpdated.add(target);
        } else {
          count.unchanged++;
        }
        touched.add(target);
      }
      register(local, target < 0 ? created.get((int) (-target - 1)) : working.get(target), target);
    }

    // write: new people, their first stage, then updates with their before-images
    long[] ids = people.insertAll(created, now);
    List<StageChange> stages = new ArrayList<>();
    String reason = batchId > 0 ? "import #" + batchId : "import";
    for (int i = 0; i < ids.length; i++) {
      createdPeople.add(ids[i]);
      stages.add(new StageChange(0, ids[i], null, Stage.valueOf((String) created.get(i).get(PersonField.STAGE)), now, actor, reason));
    }
    addRanges(changes, "person", ids);
    Map<Long, Map<PersonField, Object>> updates = new LinkedHashMap<>();
    Map<Long, Long> versions = new HashMap<>();
    // a record the rows changed and changed back is not written
    changed.removeIf(id -> working.get(id).equals(loaded.get(id).values()));
    for (Long id : countedUpdated) {
      if (!changed.contains(id)) {
        count.updated--;
        count.unchanged++;
      }
    }
    for (Long id : changed) {
      Person before = loaded.get(id);
      EnumMap<PersonField, Object> after = working.get(id);
      updates.put(id, after);
      if (!Objects.equals(before.values().get(PersonField.STAGE), after.get(PersonField.STAGE))) {
        stages.add(new StageChange(0, id, before.stage(), Stage.valueOf((String) after.get(PersonField.STAGE)), now, actor, reason));
      }
      boolean ours = createdPeople.contains(id);
      if (updatedPeople.add(id)) {
        changes.add(new ImportBatches.Change("person", "update", id, id, before.version() + 1, ours ? null : Snapshots.write(before.values())));
      } else {
        versions.put(id, before.version() + 1);
      }
    }
    if (batchId > 0) {
      batches.updateChangeVersions(batchId, "person", versions);
    }
    people.updateAll(updates, now);
    stageHistory.recordAll(stages);
    for (int i = 0; i < ids.length; i++) {
      keys.wrotePerson(personKeys(ids[i], created.get(i)));
    }
    toReview.forEach((index, match) -> matcher.propose(ids[index], match, reason));
    updates.forEach((id, values) -> keys.wrotePerson(personKeys(id, values)));
  }

  /**
   * The people of the companies of rows that matched nobody exactly, for the matching engine
   * (none without a fitted model); also added to {@code loaded}, as they may become targets.
   * Companies with more than {@link PersonMatcher#MAX_CANDIDATES} people are left to the base scan.
   */
  private Map<Long, List<Person>> colleagues(List<ImportRow> rows, List<long[]> rowCandidates, Map<Long, Person> loaded) {
    if (!matcher.ready()) {
      return Map.of();
    }
    Set<Long> companyIds = new HashSet<>();
    for (int r = 0; r < rows.size(); r++) {
      Object company = rows.get(r).person.get(PersonField.COMPANY_ID);
      if (company != null && java.util.Arrays.stream(rowCandidates.get(r)).allMatch(id -> id == 0)) {
        companyIds.add((Long) company);
      }
    }
    Map<Long, List<Long>> idsByCompany = new HashMap<>();
    for (People.PersonName name : people.namesInCompanies(companyIds)) {
      idsByCompany.computeIfAbsent(name.companyId(), k -> new ArrayList<>()).add(name.id());
    }
    Set<Long> ids = new HashSet<>();
    idsByCompany.values().stream().filter(list -> list.size() <= PersonMatcher.MAX_CANDIDATES).forEach(ids::addAll);
    Map<Long, List<Person>> colleagues = new HashMap<>();
    for (Person person : people.findAll(ids, true)) {
      loaded.putIfAbsent(person.id(), person);
      colleagues.computeIfAbsent(person.company().id(), k -> new ArrayList<>()).add(person);
    }
    return colleagues;
  }

  private static People.PersonKeys personKeys(long id, Map<PersonField, Object> values) {
    String email = (String) values.get(PersonField.EMAIL);
    return new People.PersonKeys(id, email == null ? null : Emails.key(email), e164(values, PersonField.PHONE),
        e164(values, PersonField.MOBILE), (Long) values.get(PersonField.COMPANY_ID),
        (String) values.get(PersonField.FIRST_NAME), (String) values.get(PersonField.LAST_NAME));
  }

  private static Companies.CompanyKeys companyKeys(long id, Map<CompanyField, Object> values) {
    return new Companies.CompanyKeys(id, (String) values.get(CompanyField.SIREN), (String) values.get(CompanyField.DOMAIN),
        Companies.nameKey((String) values.get(CompanyField.NAME)));
  }

  /** A stored phone in E.164 (imports store it so; other writes may have kept the number as typed). */
  private static String e164(Map<PersonField, Object> values, PersonField field) {
    String phone = (String) values.get(field);
    return phone == null ? null : Phones.e164(phone, (String) values.get(PersonField.COUNTRY)).orElse(null);
  }

  private static boolean holdsPhone(Person person, PersonField field, String e164) {
    Object phone = person.values().get(field);
    return phone != null && (e164.equals(phone) || e164.equals(e164(person.values(), field)));
  }

  private static boolean holds(Company company, CompanyField field, String value) {
    return company != null && value.equals(company.values().get(field));
  }

  private static boolean holdsEmail(Person person, String emailKey) {
    Object email = person == null ? null : person.values().get(PersonField.EMAIL);
    return email != null && emailKey.equals(Emails.key((String) email));
  }

  private static boolean holdsPhone(Person person, String e164) {
    return person != null && (holdsPhone(person, PersonField.PHONE, e164) || holdsPhone(person, PersonField.MOBILE, e164));
  }

  /** The keys of the records a chunk has placed so far (e-mail key, E.164 phone, name key) → target. */
  private static final class Local {
    final Map<String, Long> emails = new HashMap<>();
    final Map<String, Long> phones = new HashMap<>();
    final Map<String, Long> names = new HashMap<>();
  }

  /** A match among the rows of this chunk already placed, under the same rules as {@link #dbTarget}. */
  private static Long localTarget(ImportRow row, Local local, java.util.function.LongFunction<Map<PersonField, Object>> values) {
    String email = (String) row.person.get(PersonField.EMAIL);
    Object phone = row.person.get(PersonField.PHONE);
    Object mobile = row.person.get(PersonField.MOBILE);
    String name = nameKey(row.person);
    Long[] candidates = {
      email == null ? null : local.emails.get(Emails.key(email)),
      phone == null ? null : local.phones.get(phone),
      mobile == null ? null : local.phones.get(mobile),
      name == null ? null : local.names.get(name)
    };
    int[] kinds = {EMAIL, PHONE, PHONE, NAME};
    for (int k = 0; k < candidates.length; k++) {
      if (candidates[k] != null && compatible(row.person, values.apply(candidates[k]), kinds[k])) {
        return candidates[k];
      }
    }
    return null;
  }

  private static void register(Local local, Map<PersonField, Object> values, long target) {
    Object email = values.get(PersonField.EMAIL);
    if (email != null) {
      local.emails.putIfAbsent(Emails.key((String) email), target);
    }
    Object phone = values.get(PersonField.PHONE);
    if (phone != null) {
      local.phones.putIfAbsent((String) phone, target);
    }
    Object mobile = values.get(PersonField.MOBILE);
    if (mobile != null) {
      local.phones.putIfAbsent((String) mobile, target);
    }
    String name = nameKey(values);
    if (name != null) {
      local.names.putIfAbsent(name, target);
    }
  }

  private static final int ID = 0;
  private static final int EMAIL = 1;
  private static final int PHONE = 2;
  private static final int NAME = 3;

  /**
   * The first candidate of the base that can be this row's person (candidates: Vivier id,
   * e-mail, phone, mobile, name within the company).
   */
  private static Long dbTarget(ImportRow row, long[] candidates, Map<Long, Person> loaded) {
    int[] kinds = {ID, EMAIL, PHONE, PHONE, NAME};
    for (int k = 0; k < candidates.length; k++) {
      Person person = loaded.get(candidates[k]);
      if (person != null && compatible(row.person, person.values(), kinds[k])) {
        return person.id();
      }
    }
    return null;
  }

  /**
   * Whether a record found by a key of kind {@code kind} can be the row's person: an e-mail is
   * enough; a Vivier id or a phone only when e-mails and both names do not disagree (a switchboard
   * number is shared by colleagues, a family's line by relatives); a name within the company only
   * when e-mails do not disagree.
   */
  private static boolean compatible(Map<PersonField, Object> row, Map<PersonField, Object> record, int kind) {
    return switch (kind) {
      case EMAIL -> true;
      // an "id" column may come from another system: it must not contradict the record it names
      case ID, PHONE -> agree(row, record, PersonField.EMAIL) && agree(row, record, PersonField.LAST_NAME)
          && agree(row, record, PersonField.FIRST_NAME);
      default -> agree(row, record, PersonField.EMAIL);
    };
  }

  private static boolean agree(Map<PersonField, Object> row, Map<PersonField, Object> record, PersonField field) {
    Object a = row.get(field);
    Object b = record.get(field);
    if (a == null || b == null) {
      return true;
    }
    return field == PersonField.EMAIL ? Emails.key((String) a).equals(Emails.key((String) b)) : Text.fold((String) a).equals(Text.fold((String) b));
  }

  private boolean overwrite(Instant recordUpdatedAt) {
    return switch (policy) {
      case FILL -> false;
      case OVERWRITE -> true;
      case NEWEST -> recordUpdatedAt == null || asOf.isAfter(recordUpdatedAt);
    };
  }

  private static String nameKey(Map<PersonField, Object> values) {
    Object company = values.get(PersonField.COMPANY_ID);
    return company == null ? null
        : nameKey((Long) company, (String) values.get(PersonField.FIRST_NAME), (String) values.get(PersonField.LAST_NAME));
  }

  /** Company, first and last name folded; null without a last name (a first name alone is no match). */
  static String nameKey(long companyId, String first, String last) {
    if (last == null) {
      return null;
    }
    return companyId + "|" + (first == null ? "" : Text.fold(first)) + "|" + Text.fold(last);
  }

  /** Compresses ids into ranges of consecutive ids. */
  private static void addRanges(List<ImportBatches.Change> changes, String entity, long[] ids) {
    int i = 0;
    while (i < ids.length) {
      int j = i;
      while (j + 1 < ids.length && ids[j + 1] == ids[j] + 1) {
        j++;
      }
      changes.add(new ImportBatches.Change(entity, "create", ids[i], ids[j], null, null));
      i = j + 1;
    }
  }

  private static void add(Set<String> set, String value) {
    if (value != null) {
      set.add(value);
    }
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** Mutable counts of one chunk. */
  private static final class Counter {
    long read, created, updated, merged, unchanged, rejected, warnings, companiesCreated, companiesUpdated;

    ImportBatch.Counts counts() {
      return new ImportBatch.Counts(read, created, updated, merged, unchanged, rejected, warnings, companiesCreated, companiesUpdated);
    }
  }
}
