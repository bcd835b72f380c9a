package io.vivier.cli;

import io.vivier.scoring.PersonScore;
import io.vivier.scoring.ScoreItem;
import io.vivier.scoring.ScorePart;
import io.vivier.scoring.ScoreReports;
import io.vivier.scoring.ScoreService;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores of people: fit to the default ICP, engagement (activities, decaying over time), timing (recent high-intent signals),"
          + " combined into the score (filter: score) and a grade (A-D fit, 1-4 engagement).",
      "Without options, shows how many people have each grade. --all scores everyone again (leads over the MQL threshold become MQLs);"
          + " --explain ID shows a person's score with the rules and events that made it; --train fits the conversion model."
    })
public class ScoreCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();
  @Mixin JsonOption json = new JsonOption();

  @Option(names = "--all", description = "Score every person again.")
  boolean all;

  @Option(names = "--explain", paramLabel = "ID", description = "Show the score of person ID and its explanation.")
  Long explain;

  @Option(names = "--icp", paramLabel = "NAME", description = "With --explain: compute the fit against this ICP now (nothing stored).")
  String icp;

  @Option(names = "--train", description = "Train the conversion model on the won and lost history of the base.")
  boolean train;

  @Override
  public Integer call() {
    int modes = (all ? 1 : 0) + (explain != null ? 1 : 0) + (train ? 1 : 0);
    if (modes > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "choose one of --all, --explain and --train");
    }
    if (icp != null && explain == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--icp goes with --explain");
    }
    try (var context = CliContext.open(database)) {
      ScoreService service = context.getBean(ScoreService.class);
      if (all) {
        ScoreService.Report report = service.rescoreAll(progress -> System.err.println("vivier score: " + progress));
        json.print(ScoreReports.json(report), () -> {
          System.out.printf(Locale.ROOT, "%,d people scored in %.1f s; %,d leads moved to MQL.%n", report.people(),
              report.millis() / 1000.0, report.movedToMql());
          System.out.println(report.icp() == null ? "No ICP." : "ICP: " + report.icp());
          if (report.fitNote() != null) {
            System.out.println("Note: " + report.fitNote());
          }
          printGrades(report.grades());
        });
      } else if (explain != null) {
        PersonScore score = icp != null ? service.preview(explain, icp)
            : service.stored(explain).orElseGet(() -> service.preview(explain, null));
        json.print(ScoreReports.json(score), () -> print(score));
      } else if (train) {
        ScoreService.TrainingReport report = service.trainConversionModel();
        json.print(ScoreReports.json(report), () -> {
          System.out.println(report.message());
          report.strongest().forEach(line -> System.out.println("  " + line.get("feature") + ": " + line.get("weight")));
          if (report.trained()) {
            System.out.println("The next 'vivier score --all' gives each person a conversion probability.");
          }
        });
        return report.trained() ? 0 : ExitCodes.BAD_INPUT;
      } else {
        Map<String, Object> summary = new LinkedHashMap<>();
        Map<String, Long> grades = context.getBean(io.vivier.scoring.PersonScores.class).countByGrade();
        summary.put("grades", grades);
        summary.put("model", service.storedModel().map(ScoreReports::json).orElse(null));
        json.print(summary, () -> {
          if (grades.isEmpty()) {
            System.out.println("No scores yet: run 'vivier score --all'.");
          }
          printGrades(grades);
          service.storedModel().ifPresent(m -> System.out.printf(Locale.ROOT,
              "Conversion model: trained on %d won and %d lost, AUC %.3f on held-out history.%n", m.won(), m.lost(), m.auc()));
        });
      }
      return 0;
    }
  }

  private static void printGrades(Map<String, Long> grades) {
    grades.forEach((grade, count) -> System.out.printf(Locale.ROOT, "  %-3s %,d%n", grade, count));
  }

  private static void print(PersonScore s) {
    System.out.printf(Locale.ROOT, "Person %d: score %d, grade %s%s%n", s.personId(), s.score(), s.grade(),
        s.icp() == null ? "" : " (ICP '" + s.icp() + "')");
    part("Score", s.combined());
    if (s.fit() != null) {
      part("Fit " + s.fit().value(), s.fit());
    } else {
      System.out.println("Note: " + s.fitNote());
    }
    part("Engagement " + s.engagement().value(), s.engagement());
    part("Timing " + s.timing().value(), s.timing());
    if (s.conversion() != null) {
      System.out.printf(Locale.ROOT, "Conversion probability: %.1f %%%n", s.conversion() * 100);
    }
  }

  private static void part(String title, ScorePart part) {
    System.out.println(title + ":");
    if (part.items().isEmpty()) {
      System.out.println("  (nothing)");
    }
    for (ScoreItem item : part.items()) {
      System.out.printf(Locale.ROOT, "  %+8.2f  %s%n", item.points(), item.label());
    }
  }
}
