package io.vivier.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fitted Fellegi–Sunter model: per comparison, the m and u probabilities of each level; the
 * prior probability that two random records match; and the value and word statistics that weigh
 * agreement by frequency. Saved as JSON, so that a model fitted on a whole base can score
 * incoming records one at a time (see {@link Matcher}).
 *
 * @param prior probability that two records drawn at random are the same entity
 * @param fields one entry per comparison, in the comparisons' order
 * @param schema the columns the model was fitted on
 * @param statistics per column of the schema, frequent values and words
 */
public record MatchModel(double prior, List<FieldParameters> fields, Schema schema, List<FieldStatistics> statistics) {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  // Frequent values and words kept per column when saving; rarer ones count as seen once.
  private static final int SAVED_STATISTICS = 20_000;

  public MatchModel {
    fields = List.copyOf(fields);
    statistics = List.copyOf(statistics);
  }

  /** The prior as a weight in bits: log2(prior / (1 − prior)). */
  public double priorWeight() {
    return Math.log(prior / (1 - prior)) / Math.log(2);
  }

  /** The probability of a match for a total weight (prior included). */
  public static double probability(double totalWeight) {
    return 1 / (1 + Math.pow(2, -totalWeight));
  }

  public void save(Path file) {
    try {
      Files.writeString(file, toJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static MatchModel load(Path file) {
    try {
      return fromJson(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model as JSON, value frequencies seen once left out (they weigh as unseen values). */
  public String toJson() {
    List<FieldStatistics> kept = statistics.stream().map(s -> s.withoutSingletons(SAVED_STATISTICS)).toList();
    return JSON.writeValueAsString(new MatchModel(prior, fields, schema, kept));
  }

  public static MatchModel fromJson(String json) {
    return JSON.readValue(json, MatchModel.class);
  }
}
