package io.vivier.segment;

import io.vivier.prospect.Page;
import io.vivier.prospect.People;
import io.vivier.prospect.PeopleFilter;
import io.vivier.prospect.Person;
import io.vivier.quality.Text;
import io.vivier.web.ConflictException;
import io.vivier.web.InvalidInputException;
import io.vivier.web.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filters over the base: how many people match, who (a page by score, or every id), how they
 * spread over the facets; and the saved segments and static lists filters may name.
 *
 * <p>Every filter is parsed, its segments expanded and its lists looked up on each call, so a
 * segment is always current. Saved segments and lists are shared by the team: anyone signed in
 * reads and uses them, creates new ones, and changes or deletes the ones they created (an
 * administrator, any).
 */
@Service
public class Segments implements PeopleFilter {

  /** Values listed a facet, the most frequent first. */
  public static final int FACET_VALUES = 20;
  private static final int MAX_NAME = 100;

  private final JdbcSegmentQueries queries;
  private final JdbcSavedSegments saved;
  private final People people;
  private final Clock clock;

  Segments(JdbcSegmentQueries queries, JdbcSavedSegments saved, People people, Clock clock) {
    this.queries = queries;
    this.saved = saved;
    this.people = people;
    this.clock = clock;
  }

  /** Who edits a segment or a list: changing one needs to be its creator or an administrator. */
  public record Editor(String username, boolean admin) {}

  // --- questions

  /** Parses and checks {@code filter} (fields, values, segments, lists) without running it. */
  public Filter check(String filter) {
    return Resolver.resolve(filter, names(), null);
  }

  public long count(String filter) {
    return queries.count(compile(filter));
  }

  /** Every id the filter matches, ascending: for bulk work such as scoring or exports. */
  public long[] ids(String filter) {
    return queries.ids(compile(filter));
  }

  /** The ids among {@code among} (ascending) that the filter matches, ascending. */
  public long[] ids(String filter, long[] among) {
    return queries.ids(compile(filter), among);
  }

  public boolean matches(String filter, long personId) {
    return queries.matches(compile(filter), personId);
  }

  @Override
  public Page<Person> list(String filter, String cursor, int limit) {
    List<JdbcSegmentQueries.Scored> rows = queries.page(compile(filter), ScoreCursor.decode(cursor), limit + 1);
    boolean more = rows.size() > limit;
    List<JdbcSegmentQueries.Scored> page = more ? rows.subList(0, limit) : rows;
    Map<Long, Person> found = new HashMap<>();
    people.findAll(page.stream().map(JdbcSegmentQueries.Scored::id).toList(), false).forEach(p -> found.put(p.id(), p));
    List<Person> items = page.stream().map(s -> found.get(s.id())).filter(java.util.Objects::nonNull).toList();
    return new Page<>(items, more ? ScoreCursor.encode(page.get(page.size() - 1)) : null);
  }

  public FacetCounts facets(String filter) {
    return queries.facets(compile(filter), FACET_VALUES);
  }

  SqlCondition compile(String filter) {
    return SqlCompiler.compile(check(filter), queries.dialect(), clock.instant());
  }

  // --- saved segments

  public List<SavedSegment> segments() {
    return saved.segments();
  }

  public SavedSegment segment(long id) {
    return saved.segment(id).orElseThrow(() -> new NotFoundException("segment", id));
  }

  public Optional<SavedSegment> segment(String name) {
    return saved.segment(name);
  }

  @Transactional
  public SavedSegment createSegment(String name, String filter, Editor editor) {
    String clean = name(name);
    checkFilter(filter, clean);
    if (saved.segment(clean).isPresent()) {
      throw new ConflictException("a segment named '" + clean + "' already exists");
    }
    return saved.insertSegment(clean, filter, editor.username(), clock.instant());
  }

  /** Changes a segment's name or filter (null keeps it). */
  @Transactional
  public SavedSegment updateSegment(long id, String name, String filter, Editor editor) {
    SavedSegment segment = segment(id);
    allow(editor, segment.createdBy(), "segment '" + segment.name() + "'");
    String newName = name == null ? segment.name() : name(name);
    String newFilter = filter == null ? segment.filter() : filter;
    if (!newName.equals(segment.name())) {
      if (saved.segment(newName).isPresent()) {
        throw new ConflictException("a segment named '" + newName + "' already exists");
      }
      refuseIfUsed(FieldType.SEGMENT, segment.name(), "renamed");
    }
    checkFilter(newFilter, newName);
    saved.updateSegment(id, newName, newFilter, clock.instant());
    return segment(id);
  }

  @Transactional
  public void deleteSegment(long id, Editor editor) {
    SavedSegment segment = segment(id);
    allow(editor, segment.createdBy(), "segment '" + segment.name() + "'");
    refuseIfUsed(FieldType.SEGMENT, segment.name(), "deleted");
    saved.deleteSegment(id);
  }

  // --- static lists

  /** What a merge did to static lists: the merged person's lists, and those the survivor joined because of it. */
  public record MovedMemberships(List<Long> lists, List<Long> joined) {}

  /**
   * Before a person {@code from} is merged into {@code to}: {@code to} joins the lists {@code from}
   * was in and it was not, keeping when and by whom {@code from} was added (a merged person's
   * memberships would go with it otherwise).
   */
  @Transactional
  public MovedMemberships moveMemberships(long from, long to) {
    List<Long> lists = saved.listsOf(from);
    List<Long> joined = new ArrayList<>(lists);
    joined.removeAll(saved.listsOf(to));
    saved.copyMemberships(from, to, joined, clock.instant(), "merge");
    return new MovedMemberships(lists, joined);
  }

  /**
   * After an unmerge gave back person {@code restored}: it is in its lists again (with the date and
   * author the survivor holds, or now), and the survivor leaves those it joined by the merge.
   */
  @Transactional
  public void restoreMemberships(long restored, long survivor, MovedMemberships moved, String actor) {
    saved.copyMemberships(survivor, restored, moved.lists(), clock.instant(), actor);
    saved.leave(survivor, moved.joined());
  }

  public List<StaticList> lists() {
    return saved.lists();
  }

  public StaticList list(long id) {
    return saved.list(id).orElseThrow(() -> new NotFoundException("list", id));
  }

  public Optional<StaticList> list(String name) {
    return saved.list(name);
  }

  @Transactional
  public StaticList createList(String name, Editor editor) {
    String clean = name(name);
    if (saved.list(clean).isPresent()) {
      throw new ConflictException("a list named '" + clean + "' already exists");
    }
    return saved.insertList(clean, editor.username(), clock.instant());
  }

  @Transactional
  public void deleteList(long id, Editor editor) {
    StaticList list = list(id);
    allow(editor, list.createdBy(), "list '" + list.name() + "'");
    refuseIfUsed(FieldType.LIST, list.name(), "deleted");
    saved.deleteList(id);
  }

  /** Adds these people (ids of people that do not exist are ignored); returns how many were added. */
  @Transactional
  public int addToList(long id, Collection<Long> personIds, Editor editor) {
    StaticList list = list(id);
    allow(editor, list.createdBy(), "list '" + list.name() + "'");
    return saved.add(id, personIds, editor.username(), clock.instant());
  }

  /** Adds the people {@code filter} matches now: a snapshot, later changes do not follow. */
  @Transactional
  public int addToList(long id, String filter, Editor editor) {
    StaticList list = list(id);
    allow(editor, list.createdBy(), "list '" + list.name() + "'");
    return saved.add(id, compile(filter), editor.username(), clock.instant());
  }

  @Transactional
  public int removeFromList(long id, Collection<Long> personIds, Editor editor) {
    StaticList list = list(id);
    allow(editor, list.createdBy(), "list '" + list.name() + "'");
    return saved.remove(id, personIds, clock.instant());
  }

  /** The people of a list by id; {@code afterId} 0 for the first page. */
  public List<Person> members(long id, long afterId, int limit) {
    list(id);
    List<Long> ids = saved.members(id, afterId, limit);
    Map<Long, Person> found = new HashMap<>();
    people.findAll(ids, false).forEach(p -> found.put(p.id(), p));
    return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
  }

  // --- rules

  private void checkFilter(String filter, String segmentName) {
    if (filter == null || filter.isBlank()) {
      throw new InvalidInputException("filter", "is required: the conditions of the segment, e.g. country = FR");
    }
    Resolver.resolve(filter, names(), segmentName);
  }

  private static String name(String name) {
    String clean = Text.clean(name);
    if (clean == null) {
      throw new InvalidInputException("name", "is required");
    }
    if (clean.length() > MAX_NAME) {
      throw new InvalidInputException("name", "at most " + MAX_NAME + " characters");
    }
    return clean;
  }

  private static void allow(Editor editor, String creator, String what) {
    if (!editor.admin() && !editor.username().equals(creator)) {
      throw new AccessDeniedException(what + " belongs to " + creator + ": only they or an administrator may change it");
    }
  }

  /** Segments whose filter names this segment or list would break: say which. */
  private void refuseIfUsed(FieldType type, String name, String change) {
    List<String> users = new ArrayList<>();
    for (SavedSegment other : saved.segments()) {
      if (names(Parser.parse(other.filter()), type).contains(name)) {
        users.add("'" + other.name() + "'");
      }
    }
    if (!users.isEmpty()) {
      throw new ConflictException((type == FieldType.SEGMENT ? "segment '" : "list '") + name + "' cannot be " + change
          + ": segment " + String.join(", ", users) + " uses it");
    }
  }

  private static List<String> names(Filter filter, FieldType type) {
    List<String> found = new ArrayList<>();
    collect(filter, type, found);
    return found;
  }

  private static void collect(Filter filter, FieldType type, List<String> found) {
    if (filter instanceof Filter.And and) {
      and.parts().forEach(p -> collect(p, type, found));
    } else if (filter instanceof Filter.Or or) {
      or.parts().forEach(p -> collect(p, type, found));
    } else if (filter instanceof Filter.Not not) {
      collect(not.filter(), type, found);
    } else if (((Filter.Condition) filter).field().type() == type) {
      ((Filter.Condition) filter).values().forEach(v -> found.add((String) v));
    }
  }

  private Resolver.Names names() {
    return new Resolver.Names() {
      @Override
      public Optional<String> segmentFilter(String name) {
        return saved.segment(name).map(SavedSegment::filter);
      }

      @Override
      public Collection<String> segmentNames() {
        return saved.segmentNames();
      }

      @Override
      public Optional<Long> listId(String name) {
        return saved.listId(name);
      }

      @Override
      public Collection<String> listNames() {
        return saved.listNames();
      }
    };
  }
}
