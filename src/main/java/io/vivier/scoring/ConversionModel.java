package io.vivier.scoring;

import io.vivier.activity.Activity;
import io.vivier.activity.ActivityType;
import io.vivier.lifecycle.Stage;
import io.vivier.prospect.Seniority;
import io.vivier.storage.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The predictive score: a logistic regression trained on the base's own won and lost prospects
 * gives each person a probability of becoming a customer, with its AUC on held-out history.
 *
 * <p>Won means a customer (CUSTOMER, or CHURNED: once a customer); lost means LOST or
 * DISQUALIFIED. Below {@link #MIN_EACH} of each there is no model: with fewer, a quarter held out
 * (some 50 of each) measures the AUC to about ±0.05 only, and the weights of a few dozen features
 * are noise. The activities a prospect had after its outcome (the signature, the kick-off
 * meeting) are left out of its features, so that the model learns what comes before a win.
 *
 * <p>Features: the rules of the default ICP it matches, log(1 + count) of its activities by type
 * (notes aside: they record outcomes rather than behaviour), seniority, log(1 + employees) of its
 * company, and its source among the most frequent ones.
 */
final class ConversionModel {

  static final String NAME = "conversion";
  static final int MIN_EACH = 200;
  static final double LAMBDA = 1.0;
  static final int MAX_SOURCES = 12;
  static final Set<Stage> WON = Set.of(Stage.CUSTOMER, Stage.CHURNED);
  static final Set<Stage> LOST = Set.of(Stage.LOST, Stage.DISQUALIFIED);
  /** The stages whose first time reached ends a prospect's history for learning. */
  static final Set<Stage> OUTCOMES = Set.of(Stage.CUSTOMER, Stage.LOST, Stage.DISQUALIFIED);
  private static final List<ActivityType> TYPES =
      java.util.Arrays.stream(ActivityType.values()).filter(t -> t != ActivityType.NOTE).toList();
  private static final List<Seniority> SENIORITIES = List.of(Seniority.values());

  /** What the model knows of one person. */
  record Example(long personId, Set<String> matchedRules, String seniority, String source, Long employees, int[] countsByType,
      boolean won) {}

  /** The result of a training: a model, or why there is none. */
  record Training(ConversionModel model, int won, int lost, String message) {}

  private final List<String> rules;
  private final List<String> sources;
  private final double[] weights;
  private final double auc;
  private final int won;
  private final int lost;

  ConversionModel(List<String> rules, List<String> sources, double[] weights, double auc, int won, int lost) {
    this.rules = List.copyOf(rules);
    this.sources = List.copyOf(sources);
    this.weights = weights;
    this.auc = auc;
    this.won = won;
    this.lost = lost;
  }

  double auc() {
    return auc;
  }

  int won() {
    return won;
  }

  int lost() {
    return lost;
  }

  /** Counts of activities by type (index of {@link ActivityType#ordinal}), those before {@code cutoff} when given. */
  static int[] counts(Collection<Activity> activities, Instant cutoff) {
    int[] counts = new int[ActivityType.values().length];
    for (Activity a : activities) {
      if (cutoff == null || !a.occurredAt().isAfter(cutoff)) {
        counts[a.type().ordinal()]++;
      }
    }
    return counts;
  }

  /**
   * Trains on these examples, a quarter of them (chosen by person id) held out to measure the AUC;
   * none when there are fewer than {@link #MIN_EACH} won or lost.
   */
  static Training train(List<Example> examples, List<String> ruleNames) {
    int won = (int) examples.stream().filter(Example::won).count();
    int lost = examples.size() - won;
    if (won < MIN_EACH || lost < MIN_EACH) {
      return new Training(null, won, lost, "not enough history: " + won + " won, " + lost + " lost, needs " + MIN_EACH
          + " of each (won: customer or churned; lost: lost or disqualified)");
    }
    Map<String, Integer> sourceCounts = new HashMap<>();
    examples.forEach(e -> {
      if (e.source() != null) {
        sourceCounts.merge(e.source(), 1, Integer::sum);
      }
    });
    List<String> sources = sourceCounts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_SOURCES).map(Map.Entry::getKey).toList();
    ConversionModel shape = new ConversionModel(ruleNames, sources, null, 0, won, lost);
    List<double[]> trainX = new ArrayList<>();
    List<Integer> trainY = new ArrayList<>();
    List<double[]> testX = new ArrayList<>();
    List<Integer> testY = new ArrayList<>();
    for (Example e : examples) {
      boolean heldOut = Long.hashCode(e.personId() * 0x9E3779B97F4A7C15L) % 4 == 0;
      (heldOut ? testX : trainX).add(shape.features(e));
      (heldOut ? testY : trainY).add(e.won() ? 1 : 0);
    }
    double[] weights = LogisticRegression.fit(trainX.toArray(double[][]::new), trainY.stream().mapToInt(i -> i).toArray(), LAMBDA);
    double[] scores = testX.stream().mapToDouble(x -> LogisticRegression.probability(weights, x)).toArray();
    int[] labels = testY.stream().mapToInt(i -> i).toArray();
    boolean bothClasses = testY.contains(0) && testY.contains(1);
    double auc = bothClasses ? LogisticRegression.auc(scores, labels) : Double.NaN;
    ConversionModel model = new ConversionModel(ruleNames, sources, weights, auc, won, lost);
    return new Training(model, won, lost, String.format(Locale.ROOT,
        "trained on %d won and %d lost; AUC %.3f on %d held-out prospects", won, lost, auc, testY.size()));
  }

  double probability(Example e) {
    return LogisticRegression.probability(weights, features(e));
  }

  double[] features(Example e) {
    double[] f = new double[rules.size() + TYPES.size() + SENIORITIES.size() + 2 + sources.size()];
    int i = 0;
    for (String rule : rules) {
      f[i++] = e.matchedRules().contains(rule) ? 1 : 0;
    }
    for (ActivityType type : TYPES) {
      f[i++] = Math.log1p(e.countsByType()[type.ordinal()]);
    }
    for (Seniority seniority : SENIORITIES) {
      f[i++] = seniority.name().equalsIgnoreCase(e.seniority()) ? 1 : 0;
    }
    f[i++] = e.employees() == null ? 0 : Math.log1p(Math.max(0, e.employees()));
    f[i++] = e.employees() == null ? 1 : 0;
    for (String source : sources) {
      f[i++] = source.equals(e.source()) ? 1 : 0;
    }
    return f;
  }

  /** The features with the largest weights, for people to see what the model learnt. */
  List<Map<String, Object>> strongest(int limit) {
    List<String> names = new ArrayList<>();
    rules.forEach(r -> names.add("rule: " + r));
    TYPES.forEach(t -> names.add("activities: " + t.name().toLowerCase(Locale.ROOT)));
    SENIORITIES.forEach(s -> names.add("seniority: " + s.name().toLowerCase(Locale.ROOT)));
    names.add("log employees");
    names.add("employees unknown");
    sources.forEach(s -> names.add("source: " + s));
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("feature", names.get(i));
      line.put("weight", Math.round(weights[i + 1] * 1000) / 1000.0);
      lines.add(line);
    }
    lines.sort(Comparator.comparingDouble((Map<String, Object> l) -> Math.abs((Double) l.get("weight"))).reversed());
    return lines.subList(0, Math.min(limit, lines.size()));
  }

  String toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rules", rules);
    json.put("sources", sources);
    json.put("weights", java.util.Arrays.stream(weights).boxed().toList());
    json.put("auc", Double.isNaN(auc) ? null : auc);
    json.put("won", won);
    json.put("lost", lost);
    return Json.write(json);
  }

  @SuppressWarnings("unchecked")
  static ConversionModel fromJson(String text) {
    Map<String, Object> json = Json.readMap(text);
    double[] weights = ((List<Number>) json.get("weights")).stream().mapToDouble(Number::doubleValue).toArray();
    Number auc = (Number) json.get("auc");
    return new ConversionModel((List<String>) json.get("rules"), (List<String>) json.get("sources"), weights,
        auc == null ? Double.NaN : auc.doubleValue(), ((Number) json.get("won")).intValue(), ((Number) json.get("lost")).intValue());
  }
}
