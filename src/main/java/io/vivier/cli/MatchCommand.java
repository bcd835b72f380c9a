package io.vivier.cli;

import io.vivier.dedup.BlockingReport;
import io.vivier.dedup.Column;
import io.vivier.dedup.ColumnTypes;
import io.vivier.dedup.Dataset;
import io.vivier.dedup.FieldType;
import io.vivier.dedup.InputTable;
import io.vivier.dedup.MatchEngine;
import io.vivier.dedup.MatchResult;
import io.vivier.dedup.MatchSettings;
import io.vivier.dedup.Schema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Find duplicates in a file, or the same records in two files, without a base: clean a purchased list before importing it.",
      "Column types (names, e-mail, phone, company, address, postcode, city, dates, identifiers…) are guessed from headers and"
          + " content; the match model is fitted on the file itself, without labels. Writes id,cluster_id per record (file,id,cluster_id"
          + " for two files), or with --pairs id_l,id_r,probability per likely pair."
    })
public class MatchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin JsonOption json = new JsonOption();

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to deduplicate (.csv, .txt, .tsv, .xlsx, .jsonl).")
  Path file;

  @Parameters(index = "1", paramLabel = "FILE2", arity = "0..1", description = "A second file to link with the first: only pairs across the files are compared.")
  Path file2;

  @Option(names = "--id-column", paramLabel = "C", description = "The column holding record ids (default: a column named id, rec_id… with unique values, else line numbers).")
  String idColumn;

  @Option(names = "--map", paramLabel = "\"COL=type,…\"",
      description = "Give column types over the guesses: given_name, surname, full_name, company, email, phone, street, street_number,"
          + " postcode, city, date, identifier, domain, category, text, ignore. E.g. \"Nom=surname,Notes=ignore\".")
  String map;

  @Option(names = "--pairs", description = "Write scored pairs (id_l,id_r,probability) instead of clusters.")
  boolean pairs;

  @Option(names = "--explain", description = "With --pairs, add each pair's explanation: every field's contribution to the match weight.")
  boolean explain;

  @Option(names = "--threshold", paramLabel = "P", description = "Probability from which pairs are merged into clusters (default: ${DEFAULT-VALUE}).")
  double threshold = MatchSettings.DEFAULTS.autoMerge();

  @Option(names = "--review", paramLabel = "P", description = "Probability from which pairs are worth a look: written with --pairs (default: ${DEFAULT-VALUE}).")
  double review = MatchSettings.DEFAULTS.review();

  @Option(names = "--model-out", paramLabel = "FILE", description = "Save the fitted model as JSON, to score records against it later.")
  Path modelOut;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the result (CSV).")
  Path out;

  @Override
  public Integer call() {
    MatchSettings settings = settings();
    for (Path f : file2 == null ? List.of(file) : List.of(file, file2)) {
      if (!Files.isRegularFile(f)) {
        throw new UserInputException(f + ": no such file");
      }
    }
    MatchEngine engine = new MatchEngine(settings, stage -> System.err.println("vivier match: " + stage));
    try {
      Map<String, FieldType> given = ColumnTypes.parseMap(map);
      InputTable left = InputTable.read(file);
      int leftId = left.idColumn(idColumn);
      Schema schema = left.schema(leftId, given);
      String idName = leftId >= 0 ? left.header().get(leftId) : null;
      MatchResult result;
      if (file2 == null) {
        result = engine.dedupe(left.dataset(schema, leftId));
      } else {
        InputTable right = InputTable.read(file2);
        int rightId = idName == null ? -1 : right.idColumn(idName);
        Dataset l = left.dataset(schema, leftId);
        result = engine.link(l, right.dataset(schema, rightId));
      }
      System.err.println("vivier match: writing " + out);
      write(result);
      if (modelOut != null) {
        result.model().save(modelOut);
      }
      json.print(summary(schema, result), () -> printSummary(schema, result));
      return 0;
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  private MatchSettings settings() {
    if (!(threshold > 0 && threshold < 1) || !(review > 0 && review < 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threshold and --review are probabilities between 0 and 1 (exclusive)");
    }
    if (explain && !pairs) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--explain goes with --pairs");
    }
    return MatchSettings.DEFAULTS.withReview(Math.min(review, threshold)).withAutoMerge(threshold);
  }

  private void write(MatchResult result) {
    var records = result.records();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      if (pairs) {
        w.write(explain ? "id_l,id_r,probability,explanation\n" : "id_l,id_r,probability\n");
        for (int p = 0; p < result.pairs().length; p++) {
          long pair = result.pairs()[p];
          int a = (int) (pair >>> 32);
          int b = (int) pair;
          w.write(csv(records.id(a)) + ',' + csv(records.id(b)) + ',' + String.format(Locale.ROOT, "%.4f", result.probability()[p]));
          if (explain) {
            w.write(',' + csv(result.explain(pair).describe()));
          }
          w.write('\n');
        }
      } else {
        boolean linkage = records.isLinkage();
        w.write(linkage ? "file,id,cluster_id\n" : "id,cluster_id\n");
        int[] cluster = result.clusters().clusterOf();
        for (int i = 0; i < records.size(); i++) {
          if (linkage) {
            w.write(csv((records.isRight(i) ? file2 : file).getFileName().toString()) + ',');
          }
          w.write(csv(records.id(i)) + ',' + cluster[i] + '\n');
        }
      }
    } catch (IOException e) {
      throw new UserInputException(out + ": cannot write (" + e.getMessage() + ")");
    }
  }

  private static String csv(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private Map<String, Object> summary(Schema schema, MatchResult result) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("records", result.records().size());
    s.put("mode", result.records().isLinkage() ? "linkage" : "dedup");
    s.put("candidate_pairs", result.blocking().candidatePairs());
    s.put("auto_merge_pairs", result.autoMergePairs());
    s.put("review_pairs", result.reviewPairs());
    s.put("clusters", result.clusters().count());
    s.put("clusters_with_duplicates", result.clusters().multiRecordClusters());
    s.put("threshold", threshold);
    s.put("review_threshold", Math.min(review, threshold));
    s.put("columns", schema.columns().stream().map(c -> Map.of("name", c.name(), "type", c.type().name().toLowerCase(Locale.ROOT),
        "reason", c.reason())).toList());
    s.put("blocking_rules", result.blocking().rules().stream().map(r -> Map.of("rule", r.rule(), "pairs", r.pairs(),
        "largest_block", r.largestBlock(), "oversize_blocks", r.oversizeBlocks())).toList());
    s.put("millis", result.millis());
    s.put("out", out.toString());
    return s;
  }

  private void printSummary(Schema schema, MatchResult result) {
    System.out.printf(Locale.ROOT, "%s %,d records: %,d candidate pairs, %,d merged (p ≥ %.2f), %,d to review; %,d clusters, %,d with duplicates.%n",
        result.records().isLinkage() ? "Linked" : "Deduplicated", result.records().size(), result.blocking().candidatePairs(),
        result.autoMergePairs(), threshold, result.reviewPairs(), result.clusters().count(), result.clusters().multiRecordClusters());
    System.out.println("Columns:");
    for (Column c : schema.columns()) {
      System.out.printf("  %-28s %-14s %s%n", c.name(), c.type().label(), c.reason());
    }
    System.out.println("Blocking rules (pairs proposed):");
    for (BlockingReport.RuleCount r : result.blocking().rules()) {
      System.out.printf(Locale.ROOT, "  %-56s %,12d%s%n", r.rule(), r.pairs(),
          r.oversizeBlocks() > 0 ? "  (" + r.oversizeBlocks() + " blocks over the size limit, largest " + r.largestBlock()
              + ", compared by sorted neighbourhood)" : "");
    }
    long total = result.millis().values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(Locale.ROOT, "Written to %s in %.1f s.%n", out, total / 1000.0);
  }
}
