package io.vivier.segment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Replaces {@code segment = "name"} by that segment's filter as saved now (segments compose, and
 * a cycle is refused with the path that makes it) and {@code list = "name"} by the list's id. The
 * result holds no segment condition, and at most {@value #MAX_CONDITIONS} conditions however the
 * segments nest.
 */
final class Resolver {

  static final int MAX_CONDITIONS = 2_000;

  /** The saved segments and lists a filter may name. */
  interface Names {
    Optional<String> segmentFilter(String name);

    Collection<String> segmentNames();

    Optional<Long> listId(String name);

    Collection<String> listNames();
  }

  /** Names for a filter that may name none (unit tests, the parser alone). */
  static final Names NONE =
      new Names() {
        @Override
        public Optional<String> segmentFilter(String name) {
          return Optional.empty();
        }

        @Override
        public Collection<String> segmentNames() {
          return List.of();
        }

        @Override
        public Optional<Long> listId(String name) {
          return Optional.empty();
        }

        @Override
        public Collection<String> listNames() {
          return List.of();
        }
      };

  private final Names names;
  private final Deque<String> path = new ArrayDeque<>();
  private int conditions;

  private Resolver(Names names) {
    this.names = names;
  }

  /**
   * The filter of {@code text} with its segments and lists resolved. {@code self} is the name of
   * the segment being saved with this text, so that it cannot refer to itself; null otherwise.
   */
  static Filter resolve(String text, Names names, String self) {
    Resolver resolver = new Resolver(names);
    if (self != null) {
      resolver.path.push(self);
    }
    return resolver.walk(Parser.parse(text));
  }

  private Filter walk(Filter filter) {
    if (filter instanceof Filter.And and) {
      return new Filter.And(and.parts().stream().map(this::walk).toList());
    }
    if (filter instanceof Filter.Or or) {
      return new Filter.Or(or.parts().stream().map(this::walk).toList());
    }
    if (filter instanceof Filter.Not not) {
      return new Filter.Not(walk(not.filter()));
    }
    return condition((Filter.Condition) filter);
  }

  private Filter condition(Filter.Condition c) {
    if (++conditions > MAX_CONDITIONS) {
      throw FilterException.whole("the filter holds more than " + MAX_CONDITIONS + " conditions once its segments are expanded", c.position());
    }
    FieldType type = c.field().type();
    if (type != FieldType.SEGMENT && type != FieldType.LIST) {
      return c;
    }
    List<Filter> each = new ArrayList<>();
    for (Object value : c.values()) {
      String name = (String) value;
      each.add(type == FieldType.SEGMENT ? segment(name, c.position()) : list(name, c));
    }
    Filter any = each.size() == 1 ? each.get(0) : new Filter.Or(each);
    return c.op() == Operator.NE || c.op() == Operator.NOT_IN ? new Filter.Not(any) : any;
  }

  private Filter segment(String name, Position at) {
    if (path.contains(name)) {
      List<String> cycle = new ArrayList<>(path);
      java.util.Collections.reverse(cycle);
      cycle = cycle.subList(cycle.indexOf(name), cycle.size());
      throw FilterException.whole(
          "segment '" + name + "' refers to itself: " + String.join(" → ", cycle.stream().map(n -> "'" + n + "'").toList()) + " → '"
              + name + "'",
          at);
    }
    String text =
        names.segmentFilter(name).orElseThrow(() -> new FilterException("unknown segment '" + name + "'" + hint(name, names.segmentNames()), at));
    path.push(name);
    try {
      return walk(Parser.parse(text));
    } catch (FilterException e) {
      throw FilterException.inSegment(name, at, e);
    } finally {
      path.pop();
    }
  }

  private Filter list(String name, Filter.Condition c) {
    long id =
        names.listId(name).orElseThrow(() -> new FilterException("unknown list '" + name + "'" + hint(name, names.listNames()), c.position()));
    return new Filter.Condition(FilterFields.LIST, null, Operator.EQ, List.of(id), c.position());
  }

  private static String hint(String name, Collection<String> known) {
    return FilterFields.nearest(name, known).map(n -> " — did you mean '" + n + "'?").orElse("");
  }
}
