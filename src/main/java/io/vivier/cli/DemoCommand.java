package io.vivier.cli;

import io.vivier.demo.DemoData;
import io.vivier.storage.Database;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Fill an empty base with realistic French B2B prospects, to try Vivier out.",
      "Makes about one company per six people, stage histories, activities over the last 180 days, and"
          + " three demo users (claire.martin, thomas.leroy, sophie.bernard) whose passwords are not shown;"
          + " set one with 'vivier user passwd USERNAME'. The same seed gives the same companies and people."
    })
public class DemoCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();
  @Mixin JsonOption json = new JsonOption();

  @Option(names = "--people", paramLabel = "N",
      description = "How many people to make, 1 to " + DemoData.MAX_PEOPLE + " (default: ${DEFAULT-VALUE}).")
  int people = DemoData.DEFAULT_PEOPLE;

  @Option(names = "--seed", paramLabel = "S",
      description = "Seed of the generator; the same seed gives the same base (default: ${DEFAULT-VALUE}).")
  long seed = DemoData.DEFAULT_SEED;

  @Option(names = "--force", description = "Add demo data even though the base already has people.")
  boolean force;

  @Override
  public Integer call() {
    if (people < 1 || people > DemoData.MAX_PEOPLE) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--people: must be between 1 and " + DemoData.MAX_PEOPLE + " (got " + people + ")");
    }
    PrintStream err = System.err;
    try (var context = CliContext.open(database)) {
      DemoData demo = context.getBean(DemoData.class);
      long existing = demo.peopleInBase();
      if (existing > 0 && !force) {
        throw new UserInputException(
            "the base at " + context.getBean(Database.class).displayUrl() + " already has " + existing
                + (existing == 1 ? " person" : " people")
                + "; 'vivier demo' fills an empty base. Use --force to add demo data anyway.");
      }
      int companies = DemoData.companiesFor(people);
      err.printf("Making demo data: %d %s and %d %s (seed %d)…%n", people, people == 1 ? "person" : "people",
          companies, companies == 1 ? "company" : "companies", seed);
      DemoData.Result result = demo.generate(people, seed, new Progress(err));
      double seconds = result.elapsed().toMillis() / 1000.0;
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("seed", result.seed());
      out.put("companies", result.companies());
      out.put("people", result.people());
      out.put("activities", result.activities());
      out.put("stage_changes", result.stageChanges());
      out.put("users", result.users());
      out.put("users_created", result.usersCreated());
      out.put("seconds", Math.round(seconds * 10) / 10.0);
      json.print(out, () -> printSummary(result, seconds));
    }
    return 0;
  }

  private static void printSummary(DemoData.Result result, double seconds) {
    System.out.printf(Locale.ROOT, "Demo data made in %.1f s (seed %d):%n", seconds, result.seed());
    System.out.printf("  companies      %d%n", result.companies());
    System.out.printf("  people         %d%n", result.people());
    System.out.printf("  activities     %d%n", result.activities());
    System.out.printf("  stage changes  %d%n", result.stageChanges());
    List<String> users = result.users();
    System.out.println("  users          " + String.join(", ", users)
        + (result.usersCreated() < users.size() ? " (" + (users.size() - result.usersCreated()) + " already there)" : ""));
    System.out.println("Their passwords are not shown: set one with 'vivier user passwd " + users.get(0) + "'.");
  }

  /** Progress on stderr: a line per step, and per batch at most every two seconds. */
  private static final class Progress implements DemoData.Progress {
    private final PrintStream err;
    private long last;

    Progress(PrintStream err) {
      this.err = err;
    }

    @Override
    public void update(String what, int done, int total) {
      long now = System.nanoTime();
      if (done == total || now - last > 2_000_000_000L) {
        err.printf("  %-10s %d/%d%n", what, done, total);
        last = now;
      }
    }
  }
}
