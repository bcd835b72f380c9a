package io.vivier.bench;

import io.vivier.dedup.ColumnTypes;
import io.vivier.dedup.Dataset;
import io.vivier.dedup.FieldType;
import io.vivier.dedup.InputTable;
import io.vivier.dedup.MatchEngine;
import io.vivier.dedup.MatchResult;
import io.vivier.dedup.MatchSettings;
import io.vivier.dedup.PreparedRecords;
import io.vivier.dedup.Schema;
import io.vivier.importing.RawRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The labelled sets of ../shared/data/dedup (see its README) and how to score a match run on them:
 * precision, recall and F1 over same-entity record pairs (pairs across the two files for a
 * linkage). The only per-set settings are what a user would give {@code vivier match}: which column
 * is the id, and which column holds the answer (ignored for matching).
 */
public final class LabelledSets {

  /** Where the shared data lives, relative to the repository. */
  public static final Path ROOT = Path.of("..", "shared", "data", "dedup");

  /**
   * One labelled set.
   *
   * @param name for reports
   * @param files one file (dedup) or two (linkage), relative to {@link #ROOT}
   * @param idColumn the id column, or null for line numbers
   * @param map types given with --map (the answer column set to ignore)
   * @param truthColumn the column holding the entity
   * @param truth reads the entity from that column's value
   */
  public record LabelledSet(String name, List<String> files, String idColumn, String map, String truthColumn, Function<String, String> truth) {}

  /**
   * @param set the set
   * @param precision share of predicted same-entity pairs that are right
   * @param recall share of true same-entity pairs found
   * @param truePairs how many same-entity pairs there are
   * @param result the match run
   */
  public record Score(LabelledSet set, double precision, double recall, long truePairs, long predictedPairs, MatchResult result) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  private static final Function<String, String> FEBRL = id -> id.strip().replaceFirst("^rec-(\\d+)-.*$", "$1");
  private static final Function<String, String> STRIPPED = v -> v.replace("'", "").replace("\"", "").strip();

  public static final List<LabelledSet> ALL = List.of(
      new LabelledSet("FEBRL dataset1 (dedup)", List.of("febrl/dataset1.csv"), "rec_id", null, "rec_id", FEBRL),
      new LabelledSet("FEBRL dataset2 (dedup)", List.of("febrl/dataset2.csv"), "rec_id", null, "rec_id", FEBRL),
      new LabelledSet("FEBRL dataset4a × 4b (linkage)", List.of("febrl/dataset4a.csv", "febrl/dataset4b.csv"), "rec_id", null, "rec_id", FEBRL),
      new LabelledSet("Organisations (dedupe csv_example)", List.of("dedupe_csv_example/csv_example_input_with_true_ids.csv"), "Id",
          "True Id=ignore", "True Id", String::strip),
      new LabelledSet("Restaurants (dedup)", List.of("dedupe_restaurant/restaurant-nophone-training.csv"), null, "unique_id=ignore",
          "unique_id", STRIPPED),
      new LabelledSet("Restaurants 1 × 2 (linkage)", List.of("dedupe_restaurant/restaurant-1.csv", "dedupe_restaurant/restaurant-2.csv"), null,
          "unique_id=ignore", "unique_id", STRIPPED));

  private LabelledSets() {}

  public static boolean available() {
    return Files.isDirectory(ROOT);
  }

  /** Runs the engine on a set with the given settings, as {@code vivier match} would, and scores it. */
  public static Score run(LabelledSet set, MatchSettings settings) {
    Map<String, FieldType> given = ColumnTypes.parseMap(set.map());
    InputTable left = InputTable.read(ROOT.resolve(set.files().get(0)));
    int leftId = left.idColumn(set.idColumn());
    Schema schema = left.schema(leftId, given);
    MatchEngine engine = new MatchEngine(settings, stage -> { });
    Map<String, String> truth = new HashMap<>();
    addTruth(left, leftId, set, truth, "L");
    MatchResult result;
    if (set.files().size() == 1) {
      result = engine.dedupe(left.dataset(schema, leftId));
    } else {
      InputTable right = InputTable.read(ROOT.resolve(set.files().get(1)));
      int rightId = right.idColumn(set.idColumn());
      addTruth(right, rightId, set, truth, "R");
      Dataset l = left.dataset(schema, leftId);
      Dataset r = right.dataset(schema, rightId);
      result = engine.link(l, r);
    }
    return score(set, result, truth);
  }

  private static void addTruth(InputTable table, int idColumn, LabelledSet set, Map<String, String> truth, String side) {
    int truthColumn = table.column(set.truthColumn());
    for (RawRow row : table.rows()) {
      String id = idColumn >= 0 ? row.cells().get(idColumn).strip() : "line " + row.number();
      truth.put(side + id, set.truth().apply(row.cells().get(truthColumn)));
    }
  }

  private static Score score(LabelledSet set, MatchResult result, Map<String, String> truth) {
    PreparedRecords records = result.records();
    boolean linkage = records.isLinkage();
    int n = records.size();
    String[] entity = new String[n];
    for (int i = 0; i < n; i++) {
      entity[i] = truth.get((records.isRight(i) ? "R" : "L") + records.id(i));
    }
    long truePairs = pairsWithin(n, i -> entity[i], records, linkage);
    int[] cluster = result.clusters().clusterOf();
    long predicted = pairsWithin(n, i -> Integer.toString(cluster[i]), records, linkage);
    long correct = pairsWithin(n, i -> cluster[i] + "|" + entity[i], records, linkage);
    double precision = predicted == 0 ? 1 : correct / (double) predicted;
    double recall = truePairs == 0 ? 1 : correct / (double) truePairs;
    return new Score(set, precision, recall, truePairs, predicted, result);
  }

  /** Pairs of records with the same group (across the files only, for a linkage). */
  private static long pairsWithin(int n, java.util.function.IntFunction<String> group, PreparedRecords records, boolean linkage) {
    Map<String, long[]> counts = new HashMap<>();
    for (int i = 0; i < n; i++) {
      counts.computeIfAbsent(group.apply(i), g -> new long[2])[records.isRight(i) ? 1 : 0]++;
    }
    long pairs = 0;
    for (long[] c : counts.values()) {
      pairs += linkage ? c[0] * c[1] : c[0] * (c[0] - 1) / 2;
    }
    return pairs;
  }
}
