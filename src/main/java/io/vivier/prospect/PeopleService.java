package io.vivier.prospect;

import io.vivier.audit.AuditLog;
import io.vivier.lifecycle.Stage;
import io.vivier.lifecycle.StageChange;
import io.vivier.lifecycle.StageHistory;
import io.vivier.quality.Text;
import io.vivier.user.Users;
import io.vivier.web.FieldError;
import io.vivier.web.InvalidInputException;
import io.vivier.web.NotFoundException;
import io.vivier.web.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and deleting people: checks every field, links companies, records each change
 * in the audit log and each stage change in the stage history, in one transaction.
 */
@Service
public class PeopleService {

  /** Read-only keys of a person's JSON that a client may send back unchanged. */
  static final Set<String> READ_ONLY =
      Set.of("id", "version", "company", "phone_e164", "mobile_e164", "created_at", "updated_at", "last_activity_at");
  /** Keys handled here rather than by {@link FieldRules}. */
  static final Set<String> EXTRA = Set.of("company_name", "stage_reason");

  private final People people;
  private final Companies companies;
  private final CompanyService companyService;
  private final Users users;
  private final StageHistory stageHistory;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  PeopleService(
      People people,
      Companies companies,
      CompanyService companyService,
      Users users,
      StageHistory stageHistory,
      AuditLog audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.people = people;
    this.companies = companies;
    this.companyService = companyService;
    this.users = users;
    this.stageHistory = stageHistory;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  public Person get(long id) {
    return people.find(id).orElseThrow(() -> new NotFoundException("person", id));
  }

  @Transactional
  public Person create(Map<String, ?> input, String actor) {
    FieldRules.Read<PersonField> read = FieldRules.read(input, PersonField.class, READ_ONLY, EXTRA, null);
    List<FieldError> errors = new ArrayList<>(read.errors());
    Map<PersonField, Object> values = new EnumMap<>(PersonField.class);
    read.values().forEach((field, value) -> FieldRules.apply(values, field, value));
    keepComputed(values, Map.of(), true, errors);
    values.putIfAbsent(PersonField.STAGE, Stage.LEAD.name());
    String reason = stageReason(input, errors);
    boolean linkByName = checkReferences(values, input, errors);
    checkIdentifiable(values, input, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (linkByName) {
      linkCompanyNamed(values, input, actor);
    }
    Instant now = clock.instant();
    Person person = people.insert(values, now);
    audit.record(actor, "create", "person", person.id(), Changes.snapshot(person.values()));
    stageHistory.record(person.id(), null, person.stage(), now, actor, reason == null ? "created" : reason);
    events.publishEvent(new PersonChanged(person.id()));
    // as stored once the listeners ran: scoring writes the person's computed score
    return get(person.id());
  }

  /**
   * Applies the fields present in {@code input} (null clears a field; {@code attributes} are merged
   * key by key) if the person is still at {@code expectedVersion}.
   */
  @Transactional
  public Person update(long id, long expectedVersion, Map<String, ?> input, String actor) {
    Person before = get(id);
    if (before.version() != expectedVersion) {
      throw new VersionConflictException("person", id, expectedVersion, before.version());
    }
    FieldRules.Read<PersonField> read =
        FieldRules.read(input, PersonField.class, READ_ONLY, EXTRA, before.text(PersonField.COUNTRY));
    List<FieldError> errors = new ArrayList<>(read.errors());
    Map<PersonField, Object> values = new EnumMap<>(PersonField.class);
    values.putAll(before.values());
    read.values().forEach((field, value) -> FieldRules.apply(values, field, value));
    keepComputed(values, before.values(), false, errors);
    if (!values.containsKey(PersonField.STAGE)) {
      errors.add(new FieldError("stage", "cannot be emptied; choose a stage"));
    }
    String reason = stageReason(input, errors);
    boolean linkByName = checkReferences(values, input, errors);
    checkIdentifiable(values, input, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (linkByName) {
      linkCompanyNamed(values, input, actor);
    }
    Map<String, Object> changes = Changes.between(before.values(), values, PersonField.values());
    if (changes.isEmpty()) {
      return before;
    }
    Instant now = clock.instant();
    Person after =
        people
            .update(id, expectedVersion, values, now)
            .orElseThrow(() -> conflict(id, expectedVersion));
    audit.record(actor, "update", "person", id, changes);
    if (after.stage() != before.stage()) {
      stageHistory.record(id, before.stage(), after.stage(), now, actor, reason);
    }
    events.publishEvent(new PersonChanged(id));
    return get(after.id());
  }

  /** Moves a person to {@code stage}, recording why; {@code expectedVersion} is optional here. */
  @Transactional
  public Person changeStage(long id, Long expectedVersion, String stage, String reason, String actor) {
    Person person = get(id);
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("stage", stage);
    if (reason != null) {
      input.put("stage_reason", reason);
    }
    if (stage == null) {
      throw new InvalidInputException("stage", "required; one of: " + String.join(", ", PersonField.STAGE.choices()));
    }
    return update(id, expectedVersion == null ? person.version() : expectedVersion, input, actor);
  }

  /**
   * Moves the people of {@code reasons} that are still at stage {@code from} to {@code to}, each
   * change recorded with its reason in the stage history and in the audit log: how an automatic
   * rule (the MQL rule of scoring) moves many people at once. Publishes no {@link PersonChanged}.
   *
   * @return the ids moved
   */
  @Transactional
  public List<Long> advanceStage(Map<Long, String> reasons, Stage from, Stage to, String actor) {
    if (to.order() <= from.order()) {
      throw new IllegalArgumentException("a stage moves forward only, not from " + from + " to " + to);
    }
    Instant now = clock.instant();
    List<Long> moved = people.moveStage(reasons.keySet(), from.name(), to.name(), now);
    List<StageChange> changes = new ArrayList<>(moved.size());
    for (Long id : moved) {
      changes.add(new StageChange(0, id, from, to, now, actor, reasons.get(id)));
      audit.record(actor, "update", "person", id, Map.of("stage", List.of(from.name(), to.name())));
    }
    stageHistory.recordAll(changes);
    return moved;
  }

  @Transactional
  public void delete(long id, Long expectedVersion, String actor) {
    Person person = get(id);
    if (expectedVersion != null && person.version() != expectedVersion) {
      throw new VersionConflictException("person", id, expectedVersion, person.version());
    }
    people.delete(id);
    audit.record(actor, "delete", "person", id, Changes.snapshot(person.values()));
  }

  public Page<Person> list(PersonQuery query, String cursor, int limit) {
    return people.list(query, cursor, limit);
  }

  private static String stageReason(Map<String, ?> input, List<FieldError> errors) {
    Object reason = input.get("stage_reason");
    if (reason == null) {
      return null;
    }
    if (!(reason instanceof String text) || text.length() > 500) {
      errors.add(new FieldError("stage_reason", "must be a text of at most 500 characters"));
      return null;
    }
    return Text.clean(text);
  }

  /**
   * Checks that the owner and company exist; true when the company is given by a valid
   * {@code company_name} to link.
   */
  /**
   * Computed fields (the score) are Vivier's to write. A create that sends one is an error; an
   * update ignores what is sent, as the other read-only keys (a client sends back what it read,
   * which a rescore may have changed since without changing the person's version). {@code values}
   * keeps the stored value.
   */
  private static void keepComputed(Map<PersonField, Object> values, Map<PersonField, Object> stored, boolean create,
      List<FieldError> errors) {
    for (PersonField field : PersonField.values()) {
      if (field.computed()) {
        Object sent = values.remove(field);
        if (create && sent != null) {
          errors.add(new FieldError(field.key(), "computed by Vivier from the ICP rules and the activities (vivier icp),"
              + " not set by hand; keep another tool's score in an attribute such as attributes.lead_score"));
        }
        Object current = stored.get(field);
        if (current != null) {
          values.put(field, current);
        }
      }
    }
  }

  private boolean checkReferences(Map<PersonField, Object> values, Map<String, ?> input, List<FieldError> errors) {
    Object owner = values.get(PersonField.OWNER);
    if (owner != null && !users.exists((String) owner)) {
      errors.add(new FieldError("owner", "no user named '" + FieldRules.abbreviate(owner.toString(), 64) + "'"));
    }
    Object companyId = values.get(PersonField.COMPANY_ID);
    if (input.containsKey("company_id") && companyId != null && companies.find((Long) companyId).isEmpty()) {
      errors.add(new FieldError("company_id", "no company with id " + companyId));
    }
    Object companyName = input.get("company_name");
    if (companyName != null) {
      if (input.get("company_id") != null) {
        errors.add(new FieldError("company_name", "give either company_id or company_name, not both"));
      } else if (!(companyName instanceof String name) || Text.clean(name) == null) {
        errors.add(new FieldError("company_name", "must be a company name"));
      } else if (Text.clean(name).length() > CompanyField.NAME.maxLength()) {
        errors.add(new FieldError("company_name", "at most " + CompanyField.NAME.maxLength() + " characters"));
      } else {
        return true;
      }
    }
    return false;
  }

  /** Links the company named in the input, creating it when the base has none of that name. */
  private void linkCompanyNamed(Map<PersonField, Object> values, Map<String, ?> input, String actor) {
    String name = Text.clean((String) input.get("company_name"));
    Company company =
        companies.findByName(name).orElseGet(() -> companyService.create(Map.of("name", name), actor));
    values.put(PersonField.COMPANY_ID, company.id());
  }

  /**
   * A person must be someone a team can reach or recognise: an e-mail, a phone, a LinkedIn
   * address, or a name together with a company.
   */
  private static void checkIdentifiable(Map<PersonField, Object> values, Map<String, ?> input, List<FieldError> errors) {
    boolean reachable =
        values.containsKey(PersonField.EMAIL)
            || values.containsKey(PersonField.PHONE)
            || values.containsKey(PersonField.MOBILE)
            || values.containsKey(PersonField.LINKEDIN_URL);
    boolean named = values.containsKey(PersonField.LAST_NAME) || values.containsKey(PersonField.FIRST_NAME);
    boolean withCompany = values.containsKey(PersonField.COMPANY_ID) || input.get("company_name") != null;
    boolean fieldsAlreadyBad = errors.stream().anyMatch(e -> Set.of("email", "phone", "mobile", "linkedin_url").contains(e.field()));
    if (!reachable && !(named && withCompany) && !fieldsAlreadyBad) {
      errors.add(
          new FieldError(
              "email",
              "a person needs an e-mail, a phone, a mobile, a LinkedIn address, or a name and a company"));
    }
  }

  private VersionConflictException conflict(long id, long expectedVersion) {
    long current = people.find(id).map(Person::version).orElseThrow(() -> new NotFoundException("person", id));
    return new VersionConflictException("person", id, expectedVersion, current);
  }
}
