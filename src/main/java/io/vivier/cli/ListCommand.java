package io.vivier.cli;

import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import io.vivier.prospect.ProspectJson;
import io.vivier.segment.Segments;
import io.vivier.segment.StaticList;
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
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Static lists: snapshots of people you add to and take out of; filters use them as list = \"NAME\".",
      "Without a subcommand: the lists and their sizes."
    },
    subcommands = {ListCommand.Create.class, ListCommand.Add.class, ListCommand.Remove.class, ListCommand.Show.class,
      ListCommand.Delete.class})
public class ListCommand implements Callable<Integer> {

  @Mixin DatabaseOptions database = new DatabaseOptions();
  @Mixin JsonOption json = new JsonOption();

  @Override
  public Integer call() {
    try (var context = CliContext.open(database)) {
      List<StaticList> lists = context.getBean(Segments.class).lists();
      json.print(lists, () -> lists.forEach(l -> System.out.printf("%-40s %d%n", l.name(), l.size())));
    }
    return 0;
  }

  static StaticList named(Segments segments, String name) {
    return segments.list(name).orElseThrow(() -> new UserInputException("no list is named '" + name + "' (create it with: vivier list create)"));
  }

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create the empty list NAME.")
  static class Create implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(paramLabel = "NAME") String name;

    @Option(names = "--as", paramLabel = "USER", description = "Who owns it (default: cli:<your login>).")
    String as;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        StaticList list = context.getBean(Segments.class).createList(name, SegmentCommand.editor(as));
        json.print(list, () -> System.out.println("Created list '" + list.name() + "'."));
      }
      return 0;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add people to list NAME: by id, or all that --filter matches now.")
  static class Add implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Parameters(index = "1..*", paramLabel = "ID", arity = "0..*") List<Long> ids;

    @Option(names = "--filter", paramLabel = "FILTER", description = "Add the people this filter matches.")
    String filter;

    @Override
    public Integer call() {
      if ((ids == null || ids.isEmpty()) == (filter == null)) {
        throw new UserInputException("give person ids or --filter FILTER (one of the two)");
      }
      try (var context = CliContext.open(database)) {
        Segments segments = context.getBean(Segments.class);
        StaticList list = named(segments, name);
        int added = filter != null
            ? segments.addToList(list.id(), filter, SegmentCommand.editor(null))
            : segments.addToList(list.id(), ids, SegmentCommand.editor(null));
        long size = segments.list(list.id()).size();
        json.print(Map.of("list", name, "added", added, "size", size),
            () -> System.out.println("Added " + added + " people to '" + name + "' (" + size + " in all)."));
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Take people out of list NAME, by id.")
  static class Remove implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Parameters(index = "1..*", paramLabel = "ID", arity = "1..*") List<Long> ids;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        Segments segments = context.getBean(Segments.class);
        StaticList list = named(segments, name);
        int removed = segments.removeFromList(list.id(), ids, SegmentCommand.editor(null));
        long size = segments.list(list.id()).size();
        json.print(Map.of("list", name, "removed", removed, "size", size),
            () -> System.out.println("Removed " + removed + " people from '" + name + "' (" + size + " left)."));
      }
      return 0;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "The people of list NAME, by id.")
  static class Show implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(paramLabel = "NAME") String name;

    @Option(names = "--limit", paramLabel = "N", description = "At most N people (default 100).")
    int limit = 100;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        Segments segments = context.getBean(Segments.class);
        StaticList list = named(segments, name);
        List<Person> people = segments.members(list.id(), 0, Math.max(1, Math.min(limit, 10_000)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", list.name());
        out.put("size", list.size());
        out.put("items", people.stream().map(ProspectJson::of).toList());
        json.print(out, () -> {
          System.out.println(list.name() + ": " + list.size() + " people");
          people.forEach(p -> System.out.printf("%8d  %s%n", p.id(), p.values().getOrDefault(PersonField.EMAIL, "")));
        });
      }
      return 0;
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete list NAME (the people stay).")
  static class Delete implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        Segments segments = context.getBean(Segments.class);
        segments.deleteList(named(segments, name).id(), SegmentCommand.editor(null));
        json.print(Map.of("deleted", name), () -> System.out.println("Deleted list '" + name + "'."));
      }
      return 0;
    }
  }
}
