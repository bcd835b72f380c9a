package io.vivier.scoring;

import io.vivier.activity.Activities;
import io.vivier.activity.Activity;
import io.vivier.lifecycle.Stage;
import io.vivier.lifecycle.StageHistory;
import io.vivier.prospect.Companies;
import io.vivier.prospect.People;
import io.vivier.prospect.PeopleService;
import io.vivier.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores people and stores their scores: all of them ({@link #rescoreAll}: each ICP rule
 * evaluated once in bulk, activities read a range of people at a time, scores written in
 * batches), or one after a change ({@link #rescore}). Applies the MQL rule on the way.
 */
@Service
public class ScoreService {

  /** Who the MQL rule's stage changes are recorded as made by. */
  public static final String ACTOR = "scoring";
  static final int CHUNK = 10_000;

  private final People people;
  private final Companies companies;
  private final Activities activities;
  private final PersonScores scores;
  private final Icps icps;
  private final RuleMatcher matcher;
  private final PeopleService peopleService;
  private final StageHistory stageHistory;
  private final Scorer scorer;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final io.vivier.storage.Database database;

  ScoreService(People people, Companies companies, Activities activities, PersonScores scores, Icps icps,
      ObjectProvider<RuleMatcher> matcher, PeopleService peopleService, StageHistory stageHistory, Scorer scorer, Clock clock,
      PlatformTransactionManager transactions, io.vivier.storage.Database database) {
    this.database = database;
    this.people = people;
    this.companies = companies;
    this.activities = activities;
    this.scores = scores;
    this.icps = icps;
    this.matcher = matcher.getIfAvailable();
    this.peopleService = peopleService;
    this.stageHistory = stageHistory;
    this.scorer = scorer;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * What a full rescore did. {@code rulesMillis}: evaluating the ICP rules; {@code writeMillis}:
   * writing scores (summed over the writers: two at once on PostgreSQL); {@code waitMillis}: the
   * writers waiting for people to be read and scored.
   */
  public record Report(long people, long movedToMql, String icp, String fitNote, Double modelAuc, Map<String, Long> grades,
      long millis, long rulesMillis, long writeMillis, long waitMillis) {}

  /** The ICP that fit is measured against, or why fit is unavailable. */
  private record FitSource(Icp icp, String note) {}

  private FitSource fitSource(String icpName) {
    Optional<Icp> icp = icpName == null ? icps.findDefault() : Optional.of(icps.find(icpName)
        .orElseThrow(() -> new NotFoundException("ICP", "'" + icpName + "'")));
    if (icp.isEmpty()) {
      return new FitSource(null, "fit unavailable: no default ICP (define one: vivier icp set, or PUT /api/v1/icps/NAME)");
    }
    if (matcher == null) {
      return new FitSource(icp.get(), "fit unavailable: the filter language is not available in this build");
    }
    return new FitSource(icp.get(), null);
  }

  /**
   * Scores every person and stores the scores; {@code progress} hears how far it got. Reading and
   * scoring the next range of people overlaps with writing the last one (two threads, two
   * connections); each range is written in its own transaction.
   */
  public Report rescoreAll(Consumer<String> progress) {
    return rescoreAll(progress, true);
  }

  /** {@link #rescoreAll(Consumer)}; without {@code stageRules}, the MQL rule waits for the next rescore. */
  private Report rescoreAll(Consumer<String> progress, boolean stageRules) {
    long started = System.nanoTime();
    Instant now = clock.instant();
    FitSource fit = fitSource(null);
    long rulesStarted = System.nanoTime();
    Matches matches = matches(fit, matcher::matchingPeople);
    if (matches.ids() != null) {
      progress.accept("ICP '" + fit.icp().name() + "': " + matches.ids().length + " rules evaluated");
    }
    long rulesMillis = (System.nanoTime() - rulesStarted) / 1_000_000;
    Optional<ConversionModel> model = model();
    long[][] rules = matches.ids();
    String fitNote = matches.note();
    // one thread reads and computes the next range of people while this one writes the last
    BlockingQueue<Chunk> computed = new ArrayBlockingQueue<>(2);
    ExecutorService reader = Executors.newSingleThreadExecutor(daemon("vivier-score-reader"));
    Future<?> reading = reader.submit(() -> {
      try {
        readAndCompute(fit.icp(), rules, fitNote, model, now, computed);
      } finally {
        computed.put(Chunk.END);
      }
      return null;
    });
    // PostgreSQL writes two chunks at once on two connections (each its own transaction, ranges of
    // people apart); SQLite has one writer at a time. Either way chunks are written by a thread of
    // their own, each in its own transaction: never call this inside a transaction (rescore(ids) does not)
    int writers = database.dialect() == io.vivier.storage.Dialect.POSTGRESQL
        && !org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive() ? 2 : 1;
    ExecutorService writing = Executors.newFixedThreadPool(writers, daemon("vivier-score-writer"));
    java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(writers);
    List<Future<?>> written = new ArrayList<>();
    java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong moved = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong writeNanos = new java.util.concurrent.atomic.AtomicLong();
    long waitNanos = 0;
    try {
      while (true) {
        long waiting = System.nanoTime();
        Chunk chunk = computed.take();
        waitNanos += System.nanoTime() - waiting;
        if (chunk == Chunk.END) {
          break;
        }
        slots.acquire();
        written.add(writing.submit(() -> {
          try {
            long start = System.nanoTime();
            moved.addAndGet(transaction.execute(status -> store(chunk.scores(), chunk.changed(), chunk.profiles(), now, stageRules)));
            writeNanos.addAndGet(System.nanoTime() - start);
            long done = count.addAndGet(chunk.profiles().size());
            progress.accept(String.format(java.util.Locale.ROOT, "%,d people scored", done));
          } finally {
            slots.release();
          }
        }));
      }
      for (Future<?> chunk : written) {
        chunk.get();
      }
      reading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scoring", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } finally {
      reading.cancel(true);
      reader.shutdownNow();
      written.forEach(w -> w.cancel(true));
      writing.shutdownNow();
    }
    // every person's score was written: fresh statistics for lists by score, and for filters (the
    // facts' statistics let SQLite skip-scan people_facts_filter; a base fed by the API has none)
    database.refreshStatistics("person_scores");
    database.refreshStatistics("people_facts");
    return new Report(count.get(), moved.get(), fit.icp() == null ? null : fit.icp().name(), fitNote,
        model.map(ConversionModel::auc).orElse(null), scores.countByGrade(), (System.nanoTime() - started) / 1_000_000, rulesMillis,
        writeNanos.get() / 1_000_000, waitNanos / 1_000_000);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** People read and scored, to be stored; {@link #END} after the last. */
  private record Chunk(List<People.Profile> profiles, List<PersonScore> scores, List<PersonScores.Row> changed) {
    static final Chunk END = new Chunk(List.of(), List.of(), List.of());
  }

  /** Reads the people a range at a time, with their activities, and scores them in memory. */
  private void readAndCompute(Icp icp, long[][] matching, String note, Optional<ConversionModel> model, Instant now,
      BlockingQueue<Chunk> out) throws InterruptedException {
    int[] positions = matching == null ? null : new int[matching.length];
    long after = 0;
    while (true) {
      List<People.Profile> profiles = people.profiles(after, CHUNK);
      if (profiles.isEmpty()) {
        return;
      }
      long first = profiles.get(0).id();
      long last = profiles.get(profiles.size() - 1).id();
      out.put(compute(profiles, activities.ofPeople(first, last), icp, matching, positions, note, model, now));
      after = last;
    }
  }

  /**
   * Scores these people (ascending ids) from their activities (by person, then time) and the
   * ICP rules' matches ({@code matching}: each rule's ascending ids, read from {@code positions}
   * on); the rows to write are those whose stored explanation differs.
   */
  private Chunk compute(List<People.Profile> profiles, List<Activity> chunkActivities, Icp icp, long[][] matching, int[] positions,
      String note, Optional<ConversionModel> model, Instant now) {
    List<PersonScore> computed = new ArrayList<>(profiles.size());
    int a = 0;
    for (People.Profile profile : profiles) {
      while (a < chunkActivities.size() && chunkActivities.get(a).personId() < profile.id()) {
        a++;
      }
      int start = a;
      while (a < chunkActivities.size() && chunkActivities.get(a).personId() == profile.id()) {
        a++;
      }
      List<Activity> own = chunkActivities.subList(start, a);
      boolean[] matched = matching == null ? null : matched(matching, positions, profile.id());
      computed.add(score(profile, icp, matched, note, own, model, now));
    }
    Long icpId = icp == null ? null : icp.id();
    Map<Long, Long> stored = scores.hashes(profiles.stream().mapToLong(People.Profile::id).toArray());
    List<PersonScores.Row> changed = new ArrayList<>();
    for (PersonScore score : computed) {
      PersonScores.Row row = ScoreJson.row(score, icpId);
      if (!Long.valueOf(row.hash()).equals(stored.get(score.personId()))) {
        changed.add(row);
      }
    }
    return new Chunk(profiles, computed, changed);
  }

  /** From this many people changed at once, a full rescore (each rule evaluated once over the base) is cheaper. */
  static final int BULK = 50_000;
  /** People scored together when a set of them changed: one query a rule, one for activities. */
  private static final int SET_CHUNK = 1_000;

  /**
   * Scores these people again, after they changed in bulk (an import, a merge, their company's
   * change); a chunk of them at a time, each in its transaction (the caller's when there is one).
   * With {@code stageRules} the MQL rule applies; without, it waits for the next rescore of these
   * people (an import scores what it wrote but moves no stage, so that its undo finds its people as
   * the import left them). Returns how many were scored (ids of people no longer there are skipped).
   */
  public long rescore(long[] personIds, boolean stageRules) {
    long[] ids = java.util.Arrays.stream(personIds).distinct().sorted().toArray();
    if (ids.length == 0) {
      return 0;
    }
    // a full rescore reads on a connection of its own: never for a caller's transaction (a company's
    // change), whose writes it would not see
    if (ids.length >= BULK && !org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
      return rescoreAll(progress -> {}, stageRules).people();
    }
    Instant now = clock.instant();
    FitSource fit = fitSource(null);
    Optional<ConversionModel> model = model();
    long done = 0;
    for (int from = 0; from < ids.length; from += SET_CHUNK) {
      long[] part = java.util.Arrays.copyOfRange(ids, from, Math.min(ids.length, from + SET_CHUNK));
      done += transaction.execute(status -> rescoreSet(part, fit, model, now, stageRules));
    }
    return done;
  }

  private int rescoreSet(long[] ids, FitSource fit, Optional<ConversionModel> model, Instant now, boolean stageRules) {
    List<People.Profile> profiles = people.profiles(ids);
    if (profiles.isEmpty()) {
      return 0;
    }
    long[] present = profiles.stream().mapToLong(People.Profile::id).toArray();
    Matches matches = matches(fit, filter -> matcher.matchingPeople(filter, present));
    long[][] matching = matches.ids();
    Chunk chunk = compute(profiles, activities.ofPeople(present), fit.icp(), matching,
        matching == null ? null : new int[matching.length], matches.note(), model, now);
    store(chunk.scores(), chunk.changed(), chunk.profiles(), now, stageRules);
    return profiles.size();
  }

  /** The ids each ICP rule matches (ascending), or why the fit is unavailable. */
  private record Matches(long[][] ids, String note) {}

  private Matches matches(FitSource fit, java.util.function.Function<String, long[]> matching) {
    if (fit.note() != null) {
      return new Matches(null, fit.note());
    }
    try {
      long[][] ids = new long[fit.icp().rules().size()][];
      for (int r = 0; r < ids.length; r++) {
        ids[r] = matching.apply(fit.icp().rules().get(r).filter());
      }
      return new Matches(ids, null);
    } catch (IllegalArgumentException e) {
      return new Matches(null, "fit unavailable: a rule of ICP '" + fit.icp().name() + "' cannot be evaluated: " + e.getMessage());
    }
  }

  /** For a person id, whether it is in each rule's ascending list; the positions move forward as ids grow. */
  private static boolean[] matched(long[][] matching, int[] positions, long id) {
    boolean[] matched = new boolean[matching.length];
    for (int r = 0; r < matching.length; r++) {
      long[] ids = matching[r];
      int p = positions[r];
      while (p < ids.length && ids[p] < id) {
        p++;
      }
      positions[r] = p;
      matched[r] = p < ids.length && ids[p] == id;
    }
    return matched;
  }

  private PersonScore score(People.Profile profile, Icp icp, boolean[] matched, String note, List<Activity> own,
      Optional<ConversionModel> model, Instant now) {
    PersonScore score = scorer.score(profile.id(), icp, matched, note, own, now);
    if (model.isPresent()) {
      score = score.withConversion(model.get().probability(example(profile, icp, matched, own, null, false)));
    }
    return score;
  }

  static ConversionModel.Example example(People.Profile p, Icp icp, boolean[] matched, List<Activity> own, Instant cutoff,
      boolean won) {
    Set<String> rules = new HashSet<>();
    if (icp != null && matched != null) {
      for (int i = 0; i < matched.length; i++) {
        if (matched[i]) {
          rules.add(icp.rules().get(i).name());
        }
      }
    }
    return new ConversionModel.Example(p.id(), rules, p.seniority(), p.source(), p.employees(), ConversionModel.counts(own, cutoff),
        won);
  }

  /**
   * Writes the scores that changed (a score whose stored explanation is the same stays as it is,
   * with its computed_at), and moves the leads that crossed the MQL threshold; returns how many moved.
   */
  private int store(List<PersonScore> computed, List<PersonScores.Row> changed, List<People.Profile> profiles, Instant now,
      boolean stageRules) {
    scores.saveAll(changed);
    long[] ids = new long[computed.size()];
    int[] values = new int[computed.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = computed.get(i).personId();
      values[i] = computed.get(i).score();
    }
    int threshold = scorer.settings().mqlThreshold();
    if (threshold <= 0 || !stageRules) {
      return 0;
    }
    Map<Long, String> reasons = new LinkedHashMap<>();
    for (int i = 0; i < ids.length; i++) {
      Stage stage = Stage.valueOf(profiles.get(i).stage());
      // marketing-qualified means fitting the ICP too: without a fit the rule waits
      if (ScoringRules.MQL_FROM.contains(stage) && values[i] >= threshold && computed.get(i).fit() != null) {
        reasons.put(ids[i], mqlReason(computed.get(i), threshold));
      }
    }
    if (reasons.isEmpty()) {
      return 0;
    }
    scores.movedToMql(ids).forEach(reasons::remove);
    List<Long> moved = new ArrayList<>();
    for (Stage from : ScoringRules.MQL_FROM) {
      moved.addAll(peopleService.advanceStage(reasons, from, Stage.MQL, ACTOR));
    }
    scores.markMovedToMql(moved, now);
    return moved.size();
  }

  /** Why the MQL rule moved a person: its score and the reasons that weighed most. */
  static String mqlReason(PersonScore s, int threshold) {
    StringBuilder reason = new StringBuilder("score ").append(s.score()).append(" reached the MQL threshold ").append(threshold)
        .append(" (fit ").append(s.fitValue() == null ? "unavailable" : s.fitValue()).append(", engagement ")
        .append(s.engagement().value()).append(", timing ").append(s.timing().value()).append(")");
    List<ScoreItem> top = Stream.of(s.fit(), s.engagement(), s.timing())
        .filter(java.util.Objects::nonNull)
        .flatMap(p -> p.items().stream())
        .filter(i -> i.kind().equals("rule") || i.kind().equals("event") || i.kind().equals("signal"))
        .filter(i -> i.centiPoints() > 0)
        .sorted(Comparator.comparingLong(ScoreItem::centiPoints).reversed())
        .limit(3)
        .toList();
    if (!top.isEmpty()) {
      reason.append("; top reasons: ");
      for (int i = 0; i < top.size(); i++) {
        reason.append(i == 0 ? "" : ", ").append(top.get(i).label()).append(" +").append(Scorer.twoDecimals(top.get(i).points()));
      }
    }
    return reason.length() > 500 ? reason.substring(0, 499) + "…" : reason.toString();
  }

  /**
   * Scores one person again and stores it, after the person or its activities changed; applies
   * the MQL rule. Runs in the caller's transaction when there is one.
   */
  @Transactional
  public PersonScore rescore(long personId) {
    People.Profile profile = people.profile(personId).orElseThrow(() -> new NotFoundException("person", personId));
    Instant now = clock.instant();
    FitSource fit = fitSource(null);
    Live live = live(personId, fit);
    PersonScore score = score(profile, fit.icp(), live.matched(), live.note(), live.activities(), model(), now);
    store(List.of(score), List.of(ScoreJson.row(score, fit.icp() == null ? null : fit.icp().id())), List.of(profile), now, true);
    return score;
  }

  /** One person's rule matches and activities, read now. */
  private record Live(boolean[] matched, String note, List<Activity> activities) {}

  private Live live(long personId, FitSource fit) {
    boolean[] matched = null;
    String note = fit.note();
    if (note == null) {
      try {
        List<IcpRule> rules = fit.icp().rules();
        matched = new boolean[rules.size()];
        for (int r = 0; r < matched.length; r++) {
          matched[r] = matcher.matches(rules.get(r).filter(), personId);
        }
      } catch (IllegalArgumentException e) {
        matched = null;
        note = "fit unavailable: a rule of ICP '" + fit.icp().name() + "' cannot be evaluated: " + e.getMessage();
      }
    }
    return new Live(matched, note, activities.ofPeople(personId, personId));
  }

  /** The stored score of a person; empty when it was never scored. */
  public Optional<PersonScore> stored(long personId) {
    if (!people.exists(personId)) {
      throw new NotFoundException("person", personId);
    }
    return scores.find(personId);
  }

  /** A person's score computed now against the named ICP (the default when null), without storing anything. */
  public PersonScore preview(long personId, String icpName) {
    People.Profile profile = people.profile(personId).orElseThrow(() -> new NotFoundException("person", personId));
    FitSource fit = fitSource(icpName);
    Live live = live(personId, fit);
    return score(profile, fit.icp(), live.matched(), live.note(), live.activities(), model(), clock.instant());
  }

  /** A company's score rolled up from the stored scores of its people (see {@link CompanyScore}). */
  public CompanyScore company(long companyId) {
    if (companies.find(companyId).isEmpty()) {
      throw new NotFoundException("company", companyId);
    }
    List<Long> ids = people.namesInCompanies(List.of(companyId)).stream().map(People.PersonName::id).toList();
    Map<Long, PersonScore> found = scores.findAll(ids);
    PersonScore best = found.values().stream()
        .max(Comparator.comparingInt(PersonScore::score).thenComparing(PersonScore::personId, Comparator.reverseOrder()))
        .orElse(null);
    Integer fit = found.values().stream().map(PersonScore::fitValue).filter(java.util.Objects::nonNull)
        .max(Integer::compare).orElse(null);
    int engaged = (int) found.values().stream().filter(s -> s != best && s.score() >= CompanyScore.ENGAGED_FROM).count();
    Tally tally = new Tally();
    double peopleWeight = fit == null ? 1 : 1 - CompanyScore.FIT_WEIGHT;
    if (best != null) {
      tally.add("person", "best person #" + best.personId() + ": " + best.score() + " × " + Scorer.twoDecimals(peopleWeight),
          best.score() * peopleWeight);
      int breadth = Math.min(CompanyScore.MAX_BREADTH, engaged * CompanyScore.BREADTH_POINTS);
      if (breadth > 0) {
        tally.add("breadth", engaged + " more people scoring " + CompanyScore.ENGAGED_FROM + "+: +" + breadth + " × "
            + Scorer.twoDecimals(peopleWeight), breadth * peopleWeight);
      }
    }
    if (fit != null) {
      tally.add("component", "company fit " + fit + " × " + Scorer.twoDecimals(CompanyScore.FIT_WEIGHT), fit * CompanyScore.FIT_WEIGHT);
    }
    return new CompanyScore(companyId, tally.finish(), fit, best == null ? null : best.personId(), ids.size(), found.size(), engaged);
  }

  // --- the conversion model --------------------------------------------------------------

  private Optional<ConversionModel> model() {
    return scores.model(ConversionModel.NAME).map(m -> ConversionModel.fromJson(m.model()));
  }

  /** The stored model's figures, empty without one. */
  public Optional<PersonScores.StoredModel> storedModel() {
    return scores.model(ConversionModel.NAME);
  }

  /** What a training gives back: whether there is a model, its figures or why not, and its strongest features. */
  public record TrainingReport(boolean trained, int won, int lost, Double auc, String message, List<Map<String, Object>> strongest) {}

  /**
   * Trains the conversion model on the base's won and lost history and stores it when there is
   * enough; the next rescore gives each person a conversion probability.
   */
  public TrainingReport trainConversionModel() {
    FitSource fit = fitSource(null);
    Icp icp = fit.note() == null ? fit.icp() : null;
    long[][] matching = null;
    if (icp != null) {
      matching = new long[icp.rules().size()][];
      for (int r = 0; r < matching.length; r++) {
        matching[r] = matcher.matchingPeople(icp.rules().get(r).filter());
      }
    }
    Map<Long, Instant> outcomes = stageHistory.firstReached(ConversionModel.OUTCOMES);
    List<ConversionModel.Example> examples = new ArrayList<>();
    int[] positions = matching == null ? null : new int[matching.length];
    long after = 0;
    while (true) {
      List<People.Profile> profiles = people.profiles(after, CHUNK);
      if (profiles.isEmpty()) {
        break;
      }
      List<Activity> chunk = activities.ofPeople(profiles.get(0).id(), profiles.get(profiles.size() - 1).id());
      int a = 0;
      for (People.Profile profile : profiles) {
        while (a < chunk.size() && chunk.get(a).personId() < profile.id()) {
          a++;
        }
        int start = a;
        while (a < chunk.size() && chunk.get(a).personId() == profile.id()) {
          a++;
        }
        boolean[] matched = matching == null ? null : matched(matching, positions, profile.id());
        Stage stage = Stage.valueOf(profile.stage());
        boolean won = ConversionModel.WON.contains(stage);
        if (won || ConversionModel.LOST.contains(stage)) {
          examples.add(example(profile, icp, matched, chunk.subList(start, a), outcomes.get(profile.id()), won));
        }
      }
      after = profiles.get(profiles.size() - 1).id();
    }
    List<String> ruleNames = icp == null ? List.of() : icp.rules().stream().map(IcpRule::name).toList();
    ConversionModel.Training training = ConversionModel.train(examples, ruleNames);
    if (training.model() == null) {
      return new TrainingReport(false, training.won(), training.lost(), null, training.message(), List.of());
    }
    ConversionModel model = training.model();
    scores.saveModel(new PersonScores.StoredModel(ConversionModel.NAME, model.toJson(), model.won(), model.lost(),
        Double.isNaN(model.auc()) ? 0.5 : model.auc(), clock.instant()));
    return new TrainingReport(true, model.won(), model.lost(), model.auc(), training.message(), model.strongest(8));
  }
}
