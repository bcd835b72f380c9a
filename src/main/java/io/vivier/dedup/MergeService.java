package io.vivier.dedup;

import io.vivier.activity.Activities;
import io.vivier.activity.Activity;
import io.vivier.audit.AuditLog;
import io.vivier.dedup.Survivorship.Candidate;
import io.vivier.dedup.Survivorship.Decision;
import io.vivier.lifecycle.Stage;
import io.vivier.lifecycle.StageHistory;
import io.vivier.prospect.Companies;
import io.vivier.prospect.Company;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.Field;
import io.vivier.prospect.People;
import io.vivier.prospect.PeopleChanged;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import io.vivier.prospect.Snapshots;
import io.vivier.segment.Segments;
import io.vivier.storage.Json;
import io.vivier.web.BadInputException;
import io.vivier.web.ConflictException;
import io.vivier.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges duplicate people or companies into a survivor and undoes merges. A merge keeps, on the
 * survivor, the values the {@link Survivorship} rules choose and every activity and stage change
 * (people) or every person (companies) of the merged records, deletes the merged records, and logs
 * the before-image of all of them with what moved; unmerge puts the merged records back exactly
 * (same ids, values, versions and times), gives them back what moved, and restores the survivor
 * unless it has changed since.
 */
@Service
public class MergeService {

  /** More records than this in one merge is a clustering mistake, not a duplicate. */
  static final int MAX_RECORDS = 50;

  private final People people;
  private final Companies companies;
  private final Activities activities;
  private final StageHistory stageHistory;
  private final Merges merges;
  private final AuditLog audit;
  private final Clock clock;

  private final org.springframework.context.ApplicationEventPublisher events;
  private final Segments segments;

  MergeService(People people, Companies companies, Activities activities, StageHistory stageHistory, Merges merges, AuditLog audit,
      Clock clock, org.springframework.context.ApplicationEventPublisher events, Segments segments) {
    this.events = events;
    this.segments = segments;
    this.people = people;
    this.companies = companies;
    this.activities = activities;
    this.stageHistory = stageHistory;
    this.merges = merges;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What an unmerge did.
   *
   * @param conflicts what could not be restored as it was
   * @param notes what else the unmerge did (activities logged since the merge given back)
   */
  public record Unmerged(long merge, List<Long> restored, boolean survivorRestored, List<String> conflicts, List<String> notes) {}

  /** Merges the people {@code others} into {@code survivorId}; {@code picks} chooses a record for some fields. */
  @Transactional
  public Merge mergePeople(long survivorId, List<Long> others, Map<PersonField, Long> picks, String reason, String actor) {
    List<Long> ids = ids(survivorId, others);
    Map<Long, Person> found = new HashMap<>();
    people.findAll(ids, true).forEach(p -> found.put(p.id(), p));
    List<Candidate<PersonField>> candidates = new ArrayList<>();
    List<Map<String, Object>> before = new ArrayList<>();
    for (long id : ids) {
      Person person = found.get(id);
      if (person == null) {
        throw new NotFoundException("person", id);
      }
      candidates.add(new Candidate<>(id, person.values(), person.createdAt(), person.updatedAt()));
      before.add(snapshot(id, person.version(), person.values(), person.createdAt(), person.updatedAt(), person.lastActivityAt()));
    }
    List<Decision<PersonField>> decisions = decide(PersonField.class, candidates, picks);
    Instant now = clock.instant();
    Map<String, Map<String, List<Long>>> moved = new LinkedHashMap<>();
    moved.put("activities", new LinkedHashMap<>());
    moved.put("stage_history", new LinkedHashMap<>());
    moved.put("lists", new LinkedHashMap<>());
    moved.put("lists_joined", new LinkedHashMap<>());
    for (long other : others) {
      moved.get("activities").put(Long.toString(other), activities.reassign(other, survivorId));
      moved.get("stage_history").put(Long.toString(other), stageHistory.reassign(other, survivorId));
      Segments.MovedMemberships memberships = segments.moveMemberships(other, survivorId);
      moved.get("lists").put(Long.toString(other), memberships.lists());
      moved.get("lists_joined").put(Long.toString(other), memberships.joined());
    }
    people.deleteAll(others);
    Person survivor = found.get(survivorId);
    Map<PersonField, Object> values = Survivorship.values(PersonField.class, decisions);
    people.updateAll(Map.of(survivorId, values), now);
    // scored with what it took in, before its version is kept: a move to MQL the merge caused is
    // the merge's, and unmerge undoes it with the rest
    events.publishEvent(PeopleChanged.of(List.of(survivorId)));
    long survivorVersion = people.versions(List.of(survivorId)).getOrDefault(survivorId, survivor.version() + 1);
    Merge merge = merges.insert(new Merge(0, "person", survivorId, List.copyOf(others), Json.write(before), views(decisions), moved,
        survivorVersion, reason, actor, now, null, null));
    recordStage(survivorId, survivor.values().get(PersonField.STAGE), values.get(PersonField.STAGE), now, actor, "merge #" + merge.id());
    audit.record(actor, "merge", "person", survivorId, Map.of("merge", merge.id(), "merged", others));
    return merge;
  }

  /** Merges the companies {@code others} into {@code survivorId}: their people move to the survivor. */
  @Transactional
  public Merge mergeCompanies(long survivorId, List<Long> others, Map<CompanyField, Long> picks, String reason, String actor) {
    List<Long> ids = ids(survivorId, others);
    Map<Long, Company> found = new HashMap<>();
    companies.findAll(ids, true).forEach(c -> found.put(c.id(), c));
    List<Candidate<CompanyField>> candidates = new ArrayList<>();
    List<Map<String, Object>> before = new ArrayList<>();
    for (long id : ids) {
      Company company = found.get(id);
      if (company == null) {
        throw new NotFoundException("company", id);
      }
      candidates.add(new Candidate<>(id, company.values(), company.createdAt(), company.updatedAt()));
      before.add(snapshot(id, company.version(), company.values(), company.createdAt(), company.updatedAt(), null));
    }
    List<Decision<CompanyField>> decisions = decide(CompanyField.class, candidates, picks);
    Instant now = clock.instant();
    Map<String, Map<String, List<Long>>> moved = new LinkedHashMap<>();
    moved.put("people", new LinkedHashMap<>());
    for (long other : others) {
      moved.get("people").put(Long.toString(other), people.reassignCompany(other, survivorId));
    }
    companies.deleteAll(others);
    companies.updateAll(Map.of(survivorId, Survivorship.values(CompanyField.class, decisions)), now);
    Merge merge = merges.insert(new Merge(0, "company", survivorId, List.copyOf(others), Json.write(before), views(decisions), moved,
        found.get(survivorId).version() + 1, reason, actor, now, null, null));
    audit.record(actor, "merge", "company", survivorId, Map.of("merge", merge.id(), "merged", others));
    events.publishEvent(PeopleChanged.of(people.idsOfCompany(survivorId)));
    return merge;
  }

  @Transactional(readOnly = true)
  public Merge get(long id) {
    return merges.find(id).orElseThrow(() -> new NotFoundException("merge", id));
  }

  @Transactional(readOnly = true)
  public List<Merge> list(String entity, int limit) {
    return merges.list(entity, limit);
  }

  /** Undoes a merge: see the class comment. */
  @Transactional
  public Unmerged unmerge(long mergeId, String actor) {
    Merge merge = get(mergeId);
    if (merge.undone()) {
      throw new ConflictException("merge #" + mergeId + " was already undone on " + merge.undoneAt() + " by " + merge.undoneBy());
    }
    boolean person = merge.entity().equals("person");
    List<String> conflicts = new ArrayList<>();
    List<Long> restored = new ArrayList<>();
    List<LaterActivities.Contacts> restoredContacts = new ArrayList<>();
    Instant now = clock.instant();
    Map<String, Object> survivorBefore = null;
    for (Map<String, Object> image : Json.readMaps(merge.beforeJson())) {
      long id = ((Number) image.get("id")).longValue();
      if (id == merge.survivorId()) {
        survivorBefore = image;
        continue;
      }
      if (currentVersion(person, id) != null) {
        conflicts.add(merge.entity() + " #" + id + " exists again; left as it is");
        continue;
      }
      if (person) {
        Map<PersonField, Object> values = Snapshots.read(Json.write(image.get("values")), PersonField.class);
        Object company = values.get(PersonField.COMPANY_ID);
        if (company != null && companies.versions(List.of((Long) company)).isEmpty()) {
          values.remove(PersonField.COMPANY_ID);
          conflicts.add("person #" + id + " restored without its company #" + company + ", deleted since");
        }
        people.restore(new Person(id, version(image), values, null, instant(image, "created_at"), instant(image, "updated_at"),
            instant(image, "last_activity_at")));
      } else {
        companies.restore(new Company(id, version(image), Snapshots.read(Json.write(image.get("values")), CompanyField.class), 0,
            instant(image, "created_at"), instant(image, "updated_at")));
      }
      restored.add(id);
      restoredContacts.add(LaterActivities.Contacts.of(id, contactValues(image)));
    }
    // what moved goes back to the record it came from; what the survivor got since the merge stays on it
    merge.moved().forEach((kind, byRecord) -> byRecord.forEach((record, ids) -> {
      long to = Long.parseLong(record);
      if (!restored.contains(to) || ids.isEmpty()) {
        return;
      }
      switch (kind) {
        case "activities" -> activities.assign(ids, to);
        case "stage_history" -> stageHistory.assign(ids, to);
        case "people" -> people.assignCompany(ids, to);
        case "lists" -> segments.restoreMemberships(to, merge.survivorId(), new Segments.MovedMemberships(ids,
            merge.moved().getOrDefault("lists_joined", Map.of()).getOrDefault(record, List.of())), actor);
        case "lists_joined" -> {
          // with "lists"
        }
        default -> throw new IllegalStateException("unknown moved kind " + kind);
      }
    }));
    List<String> notes = new ArrayList<>();
    if (person && !restored.isEmpty() && survivorBefore != null) {
      givenBackLater(merge, survivorBefore, restoredContacts, notes);
    }
    boolean survivorRestored = restoreSurvivor(merge, survivorBefore, now, actor, conflicts);
    merges.markUndone(mergeId, actor, now);
    List<Long> changed = new ArrayList<>();
    if (person) {
      changed.add(merge.survivorId());
      changed.addAll(restored);
    } else {
      changed.addAll(people.idsOfCompany(merge.survivorId()));
      restored.forEach(company -> changed.addAll(people.idsOfCompany(company)));
    }
    events.publishEvent(PeopleChanged.of(changed));
    audit.record(actor, "unmerge", merge.entity(), merge.survivorId(), Map.of("merge", mergeId, "restored", restored,
        "survivor_restored", survivorRestored, "conflicts", conflicts.size()));
    return new Unmerged(mergeId, List.copyOf(restored), survivorRestored, List.copyOf(conflicts), List.copyOf(notes));
  }

  /** Activities logged on the survivor after the merge that name a restored person's e-mail or phone go back to that person. */
  private void givenBackLater(Merge merge, Map<String, Object> survivorBefore, List<LaterActivities.Contacts> contacts,
      List<String> notes) {
    java.util.Set<Long> movedBack = new java.util.HashSet<>();
    merge.moved().getOrDefault("activities", Map.of()).values().forEach(movedBack::addAll);
    // newest by when they happened, which is not when they were logged: LaterActivities keeps those logged since the merge
    List<Activity> later = activities.of(merge.survivorId(), null, LATER_ACTIVITIES);
    Map<Long, Long> to = LaterActivities.attribute(later, merge.mergedAt(), movedBack,
        LaterActivities.Contacts.of(merge.survivorId(), contactValues(survivorBefore)), contacts);
    Map<Long, List<Long>> byPerson = new LinkedHashMap<>();
    to.forEach((activity, person) -> byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(activity));
    byPerson.forEach((person, ids) -> {
      activities.assign(ids, person);
      notes.add(ids.size() + " activit" + (ids.size() == 1 ? "y" : "ies") + " logged on person #" + merge.survivorId()
          + " after the merge went back to person #" + person + " (they name its e-mail address or phone)");
    });
  }

  private static java.util.Collection<?> contactValues(Map<String, Object> image) {
    Object values = image.get("values");
    if (!(values instanceof Map<?, ?> map)) {
      return List.of();
    }
    List<Object> contacts = new ArrayList<>();
    for (String key : List.of("email", "phone", "mobile")) {
      if (map.get(key) != null) {
        contacts.add(map.get(key));
      }
    }
    return contacts;
  }

  /** At most this many activities logged on a survivor since its merge are looked at by an unmerge. */
  private static final int LATER_ACTIVITIES = 10_000;

  /** The survivor's values as before the merge, unless it changed since (then it is kept, and said so). */
  private boolean restoreSurvivor(Merge merge, Map<String, Object> before, Instant now, String actor, List<String> conflicts) {
    long id = merge.survivorId();
    boolean person = merge.entity().equals("person");
    Long current = currentVersion(person, id);
    if (current == null) {
      conflicts.add(merge.entity() + " #" + id + " (the survivor) was deleted after the merge");
      return false;
    }
    if (current != merge.survivorVersion()) {
      conflicts.add(merge.entity() + " #" + id + " (the survivor) was changed after the merge (version " + current + ", the merge left "
          + merge.survivorVersion() + "); kept as it is");
      return false;
    }
    if (person) {
      Map<PersonField, Object> values = Snapshots.read(Json.write(before.get("values")), PersonField.class);
      Object stageNow = people.find(id).map(p -> p.values().get(PersonField.STAGE)).orElse(null);
      people.updateAll(Map.of(id, values), now);
      recordStage(id, stageNow, values.get(PersonField.STAGE), now, actor, "unmerge #" + merge.id());
    } else {
      companies.updateAll(Map.of(id, Snapshots.read(Json.write(before.get("values")), CompanyField.class)), now);
    }
    return true;
  }

  /** The record's version now, null when it does not exist. */
  private Long currentVersion(boolean person, long id) {
    return (person ? people.versions(List.of(id)) : companies.versions(List.of(id))).get(id);
  }

  private void recordStage(long personId, Object from, Object to, Instant at, String actor, String reason) {
    if (to != null && !Objects.equals(from, to)) {
      stageHistory.record(personId, from == null ? null : Stage.valueOf(from.toString()), Stage.valueOf(to.toString()), at, actor, reason);
    }
  }

  private static List<Long> ids(long survivorId, List<Long> others) {
    if (others == null || others.isEmpty()) {
      throw new BadInputException("a merge needs at least one record to merge into the survivor #" + survivorId);
    }
    LinkedHashSet<Long> ids = new LinkedHashSet<>();
    ids.add(survivorId);
    for (Long other : others) {
      if (other == null || !ids.add(other)) {
        throw new BadInputException("record #" + other + " appears twice in the merge (the survivor is #" + survivorId + ")");
      }
    }
    if (ids.size() > MAX_RECORDS) {
      throw new BadInputException("a merge takes at most " + MAX_RECORDS + " records, not " + ids.size());
    }
    return List.copyOf(ids);
  }

  private static <F extends Enum<F> & Field> List<Decision<F>> decide(Class<F> fields, List<Candidate<F>> candidates, Map<F, Long> picks) {
    try {
      return Survivorship.decide(fields, candidates, picks);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private static <F extends Enum<F> & Field> Map<String, Object> snapshot(long id, long version, Map<F, Object> values, Instant created,
      Instant updated, Instant lastActivity) {
    Map<String, Object> image = new LinkedHashMap<>();
    image.put("id", id);
    image.put("version", version);
    image.put("created_at", created == null ? null : created.toString());
    image.put("updated_at", updated == null ? null : updated.toString());
    image.put("last_activity_at", lastActivity == null ? null : lastActivity.toString());
    image.put("values", Json.readMap(Snapshots.write(values)));
    return image;
  }

  /** Each decision as JSON: field, value, the record it came from and the rule. */
  private static <F extends Field> List<Map<String, Object>> views(List<Decision<F>> decisions) {
    List<Map<String, Object>> views = new ArrayList<>();
    for (Decision<F> d : decisions) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("field", d.field().key());
      view.put("value", d.value());
      view.put("from", d.fromRecord());
      view.put("rule", d.rule().name().toLowerCase(java.util.Locale.ROOT));
      views.add(view);
    }
    return views;
  }

  private static long version(Map<String, Object> image) {
    return ((Number) image.get("version")).longValue();
  }

  private static Instant instant(Map<String, Object> image, String key) {
    Object value = image.get(key);
    return value == null ? null : Instant.parse(value.toString());
  }
}
