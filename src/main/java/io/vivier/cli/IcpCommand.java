package io.vivier.cli;

import io.vivier.scoring.Icp;
import io.vivier.scoring.IcpRule;
import io.vivier.scoring.IcpService;
import io.vivier.scoring.ScoreReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "icp",
    mixinStandardHelpOptions = true,
    description = "Ideal customer profiles: weighted rules in the filter language that give people their fit score.",
    subcommands = {IcpCommand.ListIcps.class, IcpCommand.Set.class, IcpCommand.Delete.class})
public class IcpCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the ICPs and their rules.")
  static class ListIcps implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        List<Icp> icps = context.getBean(IcpService.class).list();
        json.print(Map.of("items", icps.stream().map(ScoreReports::json).toList()), () -> {
          if (icps.isEmpty()) {
            System.out.println("No ICP yet: define one with 'vivier icp set NAME --rule \"POINTS:FILTER\"'.");
          }
          for (Icp icp : icps) {
            System.out.println(icp.name() + (icp.isDefault() ? " (default)" : "") + ": " + icp.rules().size() + " rules, "
                + icp.maxPositivePoints() + " points for a full fit");
            for (IcpRule rule : icp.rules()) {
              System.out.printf("  %+4d  %s: %s%n", rule.points(), rule.name(), rule.filter());
            }
          }
        });
      }
      return 0;
    }
  }

  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      description = {
        "Create or replace an ICP. Each rule is [NAME=]POINTS:FILTER, for example",
        "  --rule 'Target sector=30:industry in (\"Logiciel\", \"Conseil\")' --rule '-20:free_mail'",
        "given with --rule (repeatable) or one a line in --file (blank lines and lines starting with # are skipped).",
        "Every filter is checked before anything is stored; the first ICP becomes the default."
      })
  static class Set implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the ICP.")
    String name;

    @Option(names = "--rule", paramLabel = "RULE", description = "A rule: [NAME=]POINTS:FILTER.")
    List<String> rules = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE", description = "Rules, one a line: [NAME=]POINTS:FILTER.")
    Path file;

    @Option(names = "--default", description = "Make it the default ICP, the one the score uses.")
    boolean makeDefault;

    @Option(names = "--description", paramLabel = "TEXT", description = "What the ICP is for (a product line).")
    String description;

    @Override
    public Integer call() {
      List<Map<String, Object>> parsed = new ArrayList<>();
      for (String rule : rules) {
        parsed.add(parse(rule, "--rule '" + rule + "'"));
      }
      if (file != null) {
        List<String> lines;
        try {
          lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
          throw new UserInputException(file + ": no such file");
        } catch (IOException e) {
          throw new UserInputException(file + ": cannot read it (" + e.getMessage() + ")");
        }
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (!line.isEmpty() && !line.startsWith("#")) {
            parsed.add(parse(line, file + ", line " + (i + 1)));
          }
        }
      }
      if (parsed.isEmpty()) {
        throw new UserInputException("an ICP needs rules: give --rule '[NAME=]POINTS:FILTER' or --file FILE");
      }
      Map<String, Object> input = new LinkedHashMap<>();
      input.put("rules", parsed);
      if (makeDefault) {
        input.put("default", true);
      }
      if (description != null) {
        input.put("description", description);
      }
      String actor = "cli:" + System.getProperty("user.name", "unknown");
      try (var context = CliContext.open(database)) {
        Icp icp = context.getBean(IcpService.class).save(name, input, actor);
        json.print(ScoreReports.json(icp), () -> System.out.println("ICP '" + icp.name() + "' saved with " + icp.rules().size()
            + " rules" + (icp.isDefault() ? " (default)" : "") + ". Run 'vivier score --all' to score people with it."));
      }
      return 0;
    }

    /** "[NAME=]POINTS:FILTER": the name stops at the last '=' before the first ':', which the points end at. */
    static Map<String, Object> parse(String rule, String where) {
      int colon = rule.indexOf(':');
      String usage = where + ": expected [NAME=]POINTS:FILTER, such as 'Target sector=30:industry = \"Logiciel\"'";
      if (colon < 0) {
        throw new UserInputException(usage);
      }
      String head = rule.substring(0, colon);
      int equals = head.lastIndexOf('=');
      String name = equals < 0 ? null : head.substring(0, equals).strip();
      String points = (equals < 0 ? head : head.substring(equals + 1)).strip();
      Map<String, Object> parsed = new LinkedHashMap<>();
      try {
        parsed.put("points", Integer.parseInt(points));
      } catch (NumberFormatException e) {
        throw new UserInputException(usage + " ('" + points + "' is not a whole number of points)");
      }
      parsed.put("filter", rule.substring(colon + 1).strip());
      if (name != null && !name.isEmpty()) {
        parsed.put("name", name);
      }
      return parsed;
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an ICP.")
  static class Delete implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();

    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the ICP.")
    String name;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        context.getBean(IcpService.class).delete(name, "cli:" + System.getProperty("user.name", "unknown"));
        System.out.println("ICP '" + name + "' deleted.");
      }
      return 0;
    }
  }
}
