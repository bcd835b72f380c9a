package io.vivier.cli;

import io.vivier.dedup.BaseScan;
import io.vivier.dedup.MatchSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "dedupe",
    mixinStandardHelpOptions = true,
    description = {
      "Find the duplicates of the whole base: people (default) or companies. The match model is fitted on the base itself.",
      "Without --apply, likely pairs go to the review queue (web page Duplicates, GET /api/v1/duplicates); nothing is merged."
          + " With --apply, clusters above --threshold are merged (each merge can be undone: POST /api/v1/merges/ID/undo)"
          + " and the pairs between --review and --threshold go to the queue. --dry-run only counts."
    })
public class DedupeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();
  @Mixin JsonOption json = new JsonOption();

  @Option(names = "--people", description = "Deduplicate people (the default).")
  boolean people;

  @Option(names = "--companies", description = "Deduplicate companies.")
  boolean companies;

  @Option(names = "--dry-run", description = "Count candidate pairs, pairs to merge, pairs to review and clusters; write nothing.")
  boolean dryRun;

  @Option(names = "--apply", description = "Merge the clusters above --threshold.")
  boolean apply;

  @Option(names = "--threshold", paramLabel = "P", description = "Probability from which pairs are merged (default: ${DEFAULT-VALUE}).")
  double threshold = MatchSettings.DEFAULTS.autoMerge();

  @Option(names = "--review", paramLabel = "P", description = "Probability from which pairs go to review (default: ${DEFAULT-VALUE}).")
  double review = MatchSettings.DEFAULTS.review();

  @Option(names = "--pairs-out", paramLabel = "FILE", description = "Also write every pair from --review up as CSV: id_l,id_r,probability,explanation.")
  Path pairsOut;

  @Option(names = "--as", paramLabel = "USER", description = "Who merges, for the audit log (default: cli:<your login>).")
  String actor;

  @Override
  public Integer call() {
    if (people && companies) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--people or --companies, not both");
    }
    if (dryRun && apply) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dry-run or --apply, not both");
    }
    if (!(threshold > 0 && threshold < 1) || !(review > 0 && review < 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threshold and --review are probabilities between 0 and 1 (exclusive)");
    }
    MatchSettings settings = MatchSettings.DEFAULTS.withReview(Math.min(review, threshold)).withAutoMerge(threshold);
    BaseScan.Mode mode = dryRun ? BaseScan.Mode.DRY_RUN : apply ? BaseScan.Mode.APPLY : BaseScan.Mode.QUEUE;
    String entity = companies ? "company" : "person";
    String who = actor != null ? actor : "cli:" + System.getProperty("user.name", "unknown");
    try (var context = CliContext.open(database); PairsFile file = new PairsFile(pairsOut)) {
      BaseScan.Report report = context.getBean(BaseScan.class)
          .scan(entity, settings, mode, who, stage -> System.err.println("vivier dedupe: " + stage), file);
      json.print(summary(report, mode), () -> print(report, mode));
      return 0;
    } catch (UncheckedIOException e) {
      throw new UserInputException(pairsOut + ": cannot write (" + e.getCause().getMessage() + ")");
    }
  }

  /** The --pairs-out CSV, or nowhere. */
  private static final class PairsFile implements Consumer<BaseScan.ScoredPair>, AutoCloseable {
    private final BufferedWriter out;

    PairsFile(Path path) {
      try {
        out = path == null ? null : Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        if (out != null) {
          out.write("id_l,id_r,probability,explanation\n");
        }
      } catch (java.nio.file.NoSuchFileException e) {
        throw new UserInputException(path + ": cannot write it, its folder does not exist");
      } catch (IOException e) {
        throw new UserInputException(path + ": cannot write it (" + e.getMessage() + ")");
      }
    }

    @Override
    public void accept(BaseScan.ScoredPair pair) {
      if (out == null) {
        return;
      }
      try {
        out.write(pair.left() + "," + pair.right() + "," + String.format(Locale.ROOT, "%.4f", pair.probability()) + ",\""
            + pair.explanation().replace("\"", "\"\"") + "\"\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      if (out != null) {
        try {
          out.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private Map<String, Object> summary(BaseScan.Report r, BaseScan.Mode mode) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("entity", r.entity());
    s.put("mode", mode.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    s.put("records", r.records());
    s.put("candidate_pairs", r.candidatePairs());
    s.put("auto_merge_pairs", r.autoMergePairs());
    s.put("review_pairs", r.reviewPairs());
    s.put("clusters_with_duplicates", r.clusters());
    s.put("merges", r.merges());
    s.put("merged_records", r.mergedRecords());
    s.put("queued", r.proposed());
    s.put("blocking_rules", r.blockingRules());
    s.put("notes", r.notes());
    s.put("millis", r.millis());
    return s;
  }

  private void print(BaseScan.Report r, BaseScan.Mode mode) {
    System.out.printf(Locale.ROOT, "%,d %s: %,d candidate pairs, %,d above %.2f (merge), %,d to review; %,d clusters with duplicates.%n",
        r.records(), r.entity().equals("person") ? "people" : "companies", r.candidatePairs(), r.autoMergePairs(), threshold, r.reviewPairs(),
        r.clusters());
    r.blockingRules().forEach(rule -> System.out.println("  " + rule));
    switch (mode) {
      case DRY_RUN -> System.out.println("Dry run: nothing written.");
      case QUEUE -> System.out.printf(Locale.ROOT, "%,d pairs put in the review queue; nothing merged (--apply merges).%n", r.proposed());
      case APPLY -> System.out.printf(Locale.ROOT, "%,d merges (%,d records merged away, each undoable); %,d pairs put in the review queue.%n",
          r.merges(), r.mergedRecords(), r.proposed());
    }
    r.notes().forEach(note -> System.out.println("Note: " + note));
  }
}
