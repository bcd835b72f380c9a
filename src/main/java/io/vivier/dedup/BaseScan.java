package io.vivier.dedup;

import io.vivier.prospect.Companies;
import io.vivier.prospect.Company;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.People;
import io.vivier.prospect.PersonField;
import io.vivier.prospect.Snapshots;
import io.vivier.storage.Json;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the duplicates of the whole base with the matching engine (blocking, a model fitted on
 * the base itself, scoring, clustering guarded against chaining): pairs in the review band go to
 * the review queue; clusters above the auto-merge threshold are merged when asked (each merge
 * logged and undoable), else queued for a person to confirm.
 */
@Service
public class BaseScan {

  /** What a scan does with what it finds. */
  public enum Mode {
    /** Count only; nothing is written. */
    DRY_RUN,
    /** Every likely pair goes to the review queue; nothing is merged. */
    QUEUE,
    /** Clusters above the auto-merge threshold are merged; the review band goes to the queue. */
    APPLY
  }

  /** One scored pair, for --pairs-out. */
  public record ScoredPair(long left, long right, double probability, String explanation) {}

  /** What a scan found and did. */
  public record Report(String entity, int records, long candidatePairs, long autoMergePairs, long reviewPairs, int clusters,
      List<String> blockingRules, int merges, int mergedRecords, int proposed, List<String> notes, Map<String, Long> millis) {}

  private static final List<Column> PEOPLE = List.of(
      new Column("first_name", FieldType.GIVEN_NAME, "given"),
      new Column("last_name", FieldType.SURNAME, "given"),
      new Column("email", FieldType.EMAIL, "given"),
      new Column("phone", FieldType.PHONE, "given"),
      new Column("mobile", FieldType.PHONE, "given"),
      new Column("company_name", FieldType.COMPANY, "given"),
      new Column("street", FieldType.STREET, "given"),
      new Column("postcode", FieldType.POSTCODE, "given"),
      new Column("city", FieldType.CITY, "given"));

  private static final List<Column> COMPANIES = List.of(
      new Column("name", FieldType.COMPANY, "given"),
      new Column("domain", FieldType.DOMAIN, "given"),
      new Column("siren", FieldType.IDENTIFIER, "given"),
      new Column("phone", FieldType.PHONE, "given"),
      new Column("street", FieldType.STREET, "given"),
      new Column("postcode", FieldType.POSTCODE, "given"),
      new Column("city", FieldType.CITY, "given"));

  private static final int PAGE = 5_000;
  private static final String SCAN_REASON = "dedupe scan: ";

  private final People people;
  private final Companies companies;
  private final MergeService merges;
  private final DuplicatePairs queue;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final MatchModels models;

  private final Merges mergeLog;

  BaseScan(People people, Companies companies, MergeService merges, DuplicatePairs queue,
      org.springframework.transaction.PlatformTransactionManager transactions, Clock clock, MatchModels models, Merges mergeLog) {
    this.models = models;
    this.mergeLog = mergeLog;
    this.people = people;
    this.companies = companies;
    this.merges = merges;
    this.queue = queue;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * Scans people ({@code "person"}) or companies ({@code "company"}); {@code pairs} receives every
   * pair at or above the review threshold with its explanation.
   */
  public Report scan(String entity, MatchSettings settings, Mode mode, String actor, Consumer<String> progress, Consumer<ScoredPair> pairs) {
    boolean person = entity.equals("person");
    progress.accept("reading the " + (person ? "people" : "companies"));
    Dataset data = person ? people() : companies();
    if (data.size() < 2) {
      return new Report(entity, data.size(), 0, 0, 0, data.size(), List.of(), 0, 0, 0, List.of("fewer than two records: nothing to compare"),
          Map.of());
    }
    List<Record[]> confirmed = confirmedMatches(entity);
    MatchResult result = new MatchEngine(settings, progress).dedupe(data, confirmed);
    if (mode != Mode.DRY_RUN) {
      // imports score rows that match nobody exactly with this model: people against the people of
      // their company, companies against the companies whose name starts alike
      tx.executeWithoutResult(s -> models.save(new MatchModels.Saved(entity, result.model().toJson(), data.size(), clock.instant())));
    }
    PreparedRecords records = result.records();
    List<String> notes = new ArrayList<>();
    if (!confirmed.isEmpty()) {
      notes.add("model refined with " + confirmed.size() + " pair(s) a person merged (review queue or API)");
    }
    java.util.Set<Integer> held = mode == Mode.APPLY ? notToMerge(result, data, person, notes) : java.util.Set.of();
    java.util.Set<Long> heldBack = new java.util.HashSet<>();
    for (long h : result.clusters().heldBack()) {
      heldBack.add(h);
    }
    List<DuplicatePair.Proposal> proposals = new ArrayList<>();
    for (int p = 0; p < result.pairs().length; p++) {
      long pair = result.pairs()[p];
      long left = Long.parseLong(records.id(CandidatePairs.first(pair)));
      long right = Long.parseLong(records.id(CandidatePairs.second(pair)));
      Explanation explanation = result.explain(pair);
      pairs.accept(new ScoredPair(Math.min(left, right), Math.max(left, right), result.probability()[p], explanation.describe()));
      boolean merged = mode == Mode.APPLY && result.probability()[p] >= settings.autoMerge() && !heldBack.contains(pair)
          && !held.contains(result.clusters().clusterOf()[CandidatePairs.first(pair)]);
      if (!merged) {
        proposals.add(new DuplicatePair.Proposal(entity, left, right, result.probability()[p], explanation.weight(), json(explanation)));
      }
    }
    int mergeCount = 0;
    int mergedRecords = 0;
    if (mode == Mode.APPLY) {
      progress.accept("merging clusters");
      for (List<Long> cluster : clusters(result, held)) {
        long survivor = cluster.get(0);
        List<Long> others = cluster.subList(1, cluster.size());
        String reason = SCAN_REASON + "cluster of " + cluster.size();
        try {
          if (person) {
            merges.mergePeople(survivor, others, Map.of(), reason, actor);
          } else {
            merges.mergeCompanies(survivor, others, Map.of(), reason, actor);
          }
          mergeCount++;
          mergedRecords += others.size();
        } catch (io.vivier.web.NotFoundException | io.vivier.web.BadInputException e) {
          // a record deleted or merged since the scan read it: the others go on
          notes.add("cluster #" + survivor + " " + others + " not merged: " + e.getMessage());
        }
      }
    }
    int proposed = 0;
    if (mode != Mode.DRY_RUN && !proposals.isEmpty()) {
      progress.accept("queueing " + proposals.size() + " pairs for review");
      proposed = tx.execute(s -> queue.propose(proposals, "dedupe scan", clock.instant()));
    }
    List<String> rules = result.blocking().rules().stream()
        .map(r -> String.format(Locale.ROOT, "%s: %,d pairs", r.rule(), r.pairs()))
        .toList();
    return new Report(entity, data.size(), result.blocking().candidatePairs(), result.autoMergePairs(), result.reviewPairs(),
        result.clusters().multiRecordClusters(), rules, mergeCount, mergedRecords, proposed, notes, result.millis());
  }

  /**
   * The clusters an --apply run leaves to review: too large to merge at once, or holding two
   * people with different addresses at one company domain (see {@link Colleagues}).
   */
  private static java.util.Set<Integer> notToMerge(MatchResult result, Dataset data, boolean person, List<String> notes) {
    Map<String, String> emails = new java.util.HashMap<>();
    if (person) {
      int column = data.schema().first(FieldType.EMAIL);
      data.records().forEach(r -> emails.put(r.id(), r.value(column)));
    }
    Map<Integer, List<String>> members = new LinkedHashMap<>();
    int[] clusterOf = result.clusters().clusterOf();
    for (int r = 0; r < clusterOf.length; r++) {
      members.computeIfAbsent(clusterOf[r], c -> new ArrayList<>()).add(result.records().id(r));
    }
    java.util.Set<Integer> held = new java.util.HashSet<>();
    int large = 0;
    int colleagues = 0;
    for (Map.Entry<Integer, List<String>> cluster : members.entrySet()) {
      List<String> ids = cluster.getValue();
      if (ids.size() > MergeService.MAX_RECORDS) {
        held.add(cluster.getKey());
        large++;
      } else if (ids.size() > 1 && person && hasColleagues(ids, emails)) {
        held.add(cluster.getKey());
        colleagues++;
      }
    }
    if (large > 0) {
      notes.add(large + " clusters of more than " + MergeService.MAX_RECORDS + " records are too large to merge at once; their pairs are queued");
    }
    if (colleagues > 0) {
      notes.add(colleagues + " clusters hold different addresses at one company domain (colleagues, not one person written twice);"
          + " their pairs are queued for review");
    }
    return held;
  }

  private static boolean hasColleagues(List<String> ids, Map<String, String> emails) {
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (Colleagues.byEmail(emails.get(ids.get(i)), emails.get(ids.get(j)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Clusters of more than one record not held back, each as ids with the oldest (smallest) first: the survivor. */
  private static List<List<Long>> clusters(MatchResult result, java.util.Set<Integer> held) {
    Map<Integer, List<Long>> byCluster = new LinkedHashMap<>();
    int[] clusterOf = result.clusters().clusterOf();
    for (int r = 0; r < clusterOf.length; r++) {
      if (!held.contains(clusterOf[r])) {
        byCluster.computeIfAbsent(clusterOf[r], c -> new ArrayList<>()).add(Long.parseLong(result.records().id(r)));
      }
    }
    List<List<Long>> clusters = new ArrayList<>();
    for (List<Long> ids : byCluster.values()) {
      if (ids.size() > 1) {
        ids.sort(null);
        clusters.add(ids);
      }
    }
    return clusters;
  }

  /** Each field's contribution, as the review queue keeps it. */
  static List<Map<String, Object>> json(Explanation explanation) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Contribution c : explanation.contributions()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("field", c.field());
      item.put("level", c.level());
      item.put("weight", Math.round(c.weight() * 10) / 10.0);
      if (c.note() != null) {
        item.put("note", c.note());
      }
      list.add(item);
    }
    return list;
  }

  private Dataset people() {
    List<Record> records = new ArrayList<>();
    tx.executeWithoutResult(s -> people.scanForMatching(p -> records.add(new Record(Long.toString(p.id()), Arrays.asList(p.firstName(),
        p.lastName(), p.email(), p.phone(), p.mobile(), p.companyName(), p.street(), p.postcode(), p.city())))));
    return new Dataset(new Schema(PEOPLE), records);
  }

  /** How many of the latest merges made by people (not by a scan) teach the model. */
  static final int LABELLED_MERGES = 5_000;

  /**
   * Pairs a person confirmed as one entity: the before-images of the survivor and of each merged
   * record of the latest merges made through the review queue or the API and not undone. Merges by
   * a scan ({@code --apply}) are left out: the model would be taught by itself.
   */
  List<Record[]> confirmedMatches(String entity) {
    boolean person = entity.equals("person");
    List<Record[]> pairs = new ArrayList<>();
    Map<Long, String> companyNames = new java.util.HashMap<>();
    for (Merge merge : tx.execute(s -> mergeLog.list(entity, LABELLED_MERGES))) {
      if (merge.undone() || merge.reason() != null && merge.reason().startsWith(SCAN_REASON)) {
        continue;
      }
      Record survivor = null;
      List<Record> merged = new ArrayList<>();
      for (Map<String, Object> image : Json.readMaps(merge.beforeJson())) {
        long id = ((Number) image.get("id")).longValue();
        String values = Json.write(image.get("values"));
        Record record;
        if (person) {
          Map<PersonField, Object> v = Snapshots.read(values, PersonField.class);
          Long company = (Long) v.get(PersonField.COMPANY_ID);
          String companyName = company == null ? null : companyNames.computeIfAbsent(company,
              c -> tx.execute(s -> companies.find(c)).map(found -> text(found.values().get(CompanyField.NAME))).orElse(null));
          record = personRecord(Long.toString(id), v, companyName);
        } else {
          record = companyRecord(Long.toString(id), Snapshots.read(values, CompanyField.class));
        }
        if (id == merge.survivorId()) {
          survivor = record;
        } else {
          merged.add(record);
        }
      }
      for (Record other : merged) {
        if (survivor != null) {
          pairs.add(new Record[] {survivor, other});
        }
      }
    }
    return pairs;
  }

  /** A person's values as the engine reads them, in the order of the people schema. */
  static Record personRecord(String id, Map<PersonField, Object> v, String companyName) {
    return new Record(id, Arrays.asList(text(v.get(PersonField.FIRST_NAME)), text(v.get(PersonField.LAST_NAME)),
        text(v.get(PersonField.EMAIL)), text(v.get(PersonField.PHONE)), text(v.get(PersonField.MOBILE)), companyName,
        text(v.get(PersonField.STREET)), text(v.get(PersonField.POSTCODE)), text(v.get(PersonField.CITY))));
  }

  private Dataset companies() {
    List<Record> records = new ArrayList<>();
    long after = 0;
    List<Company> page;
    do {
      long from = after;
      page = tx.execute(s -> companies.after(from, PAGE));
      for (Company c : page) {
        records.add(companyRecord(Long.toString(c.id()), c.values()));
        after = c.id();
      }
    } while (page.size() == PAGE);
    return new Dataset(new Schema(COMPANIES), records);
  }

  /** A company's values as the engine reads them, in the order of the companies schema. */
  static Record companyRecord(String id, Map<CompanyField, Object> v) {
    return new Record(id, Arrays.asList(text(v.get(CompanyField.NAME)), text(v.get(CompanyField.DOMAIN)),
        text(v.get(CompanyField.SIREN)), text(v.get(CompanyField.PHONE)), text(v.get(CompanyField.STREET)),
        text(v.get(CompanyField.POSTCODE)), text(v.get(CompanyField.CITY))));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
