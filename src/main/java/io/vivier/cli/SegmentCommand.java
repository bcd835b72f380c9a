package io.vivier.cli;

import io.vivier.prospect.Page;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import io.vivier.prospect.ProspectJson;
import io.vivier.segment.FacetCounts;
import io.vivier.segment.SavedSegment;
import io.vivier.segment.Segments;
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
    name = "segment",
    mixinStandardHelpOptions = true,
    description = {
      "Choose people with a filter: count them, list them, count them by facet, save the filter as a segment.",
      "Filters read like: country = FR and employees >= 50 and stage in (MQL, SQL) and not email_bounced"
          + " (docs/FILTERS.md has every field and operator)."
    },
    subcommands = {
      SegmentCommand.Count.class,
      SegmentCommand.ListPeople.class,
      SegmentCommand.Facets.class,
      SegmentCommand.Save.class,
      SegmentCommand.Saved.class,
      SegmentCommand.Delete.class
    })
public class SegmentCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The CLI acts for whoever runs it, with every right (as for imports). */
  static Segments.Editor editor(String as) {
    return new Segments.Editor(as != null ? as : "cli:" + System.getProperty("user.name", "unknown"), true);
  }

  @Command(name = "count", mixinStandardHelpOptions = true, description = "How many people FILTER matches.")
  static class Count implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(paramLabel = "FILTER") String filter;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        long count = context.getBean(Segments.class).count(filter);
        json.print(Map.of("filter", filter, "count", count), () -> System.out.println(count));
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "The people FILTER matches, best score first.")
  static class ListPeople implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(paramLabel = "FILTER") String filter;

    @Option(names = "--limit", paramLabel = "N", description = "At most N people (1–500, default 50).")
    int limit = 50;

    @Override
    public Integer call() {
      if (limit < 1 || limit > 500) {
        throw new UserInputException("--limit: must be between 1 and 500, not " + limit);
      }
      try (var context = CliContext.open(database)) {
        Page<Person> page = context.getBean(Segments.class).list(filter, null, limit);
        json.print(Map.of("items", page.items().stream().map(ProspectJson::of).toList(), "more", page.nextCursor() != null), () -> {
          for (Person p : page.items()) {
            System.out.printf("%8d  %4s  %-12s %-30s %-30s %s%n", p.id(), p.values().getOrDefault(PersonField.SCORE, "-"), p.stage(),
                name(p), text(p.values().get(PersonField.EMAIL)), p.company() == null ? "" : p.company().name());
          }
          if (page.nextCursor() != null) {
            System.out.println("… more: use --limit or 'vivier segment count'");
          }
        });
      }
      return 0;
    }

    private static String name(Person p) {
      return (text(p.values().get(PersonField.FIRST_NAME)) + " " + text(p.values().get(PersonField.LAST_NAME))).strip();
    }

    private static String text(Object value) {
      return value == null ? "" : value.toString();
    }
  }

  @Command(name = "facets", mixinStandardHelpOptions = true,
      description = "How the people FILTER matches spread by stage, country, industry, employee range, owner and source.")
  static class Facets implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(paramLabel = "FILTER") String filter;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        FacetCounts facets = context.getBean(Segments.class).facets(filter);
        json.print(facets, () -> {
          System.out.println("total " + facets.total());
          facets.facets().forEach((name, values) -> {
            System.out.println(name);
            values.forEach(v -> System.out.printf("  %-40s %d%n", v.value() == null ? "(none)" : v.value(), v.count()));
          });
        });
      }
      return 0;
    }
  }

  @Command(name = "save", mixinStandardHelpOptions = true,
      description = "Save FILTER as segment NAME (or change the filter of segment NAME); other filters use it as segment = \"NAME\".")
  static class Save implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Parameters(index = "1", paramLabel = "FILTER") String filter;

    @Option(names = "--as", paramLabel = "USER", description = "Who saves it (default: cli:<your login>).")
    String as;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        Segments segments = context.getBean(Segments.class);
        SavedSegment saved = segments.segment(name)
            .map(s -> segments.updateSegment(s.id(), null, filter, editor(as)))
            .orElseGet(() -> segments.createSegment(name, filter, editor(as)));
        long count = segments.count(saved.filter());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", saved.id());
        out.put("name", saved.name());
        out.put("filter", saved.filter());
        out.put("count", count);
        json.print(out, () -> System.out.println("Saved segment '" + saved.name() + "' (" + count + " people now)."));
      }
      return 0;
    }
  }

  @Command(name = "saved", mixinStandardHelpOptions = true, description = "The saved segments, with their filters.")
  static class Saved implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        List<SavedSegment> segments = context.getBean(Segments.class).segments();
        json.print(segments, () -> segments.forEach(s -> System.out.printf("%-30s %s%n", s.name(), s.filter())));
      }
      return 0;
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete segment NAME (refused while another segment uses it).")
  static class Delete implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        Segments segments = context.getBean(Segments.class);
        SavedSegment segment = segments.segment(name).orElseThrow(() -> new UserInputException("no segment is named '" + name + "'"));
        segments.deleteSegment(segment.id(), editor(null));
        json.print(Map.of("deleted", name), () -> System.out.println("Deleted segment '" + name + "'."));
      }
      return 0;
    }
  }
}
