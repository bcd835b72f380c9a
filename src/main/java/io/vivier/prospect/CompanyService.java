package io.vivier.prospect;

import io.vivier.audit.AuditLog;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and deleting companies, with the audit log. */
@Service
public class CompanyService {

  static final Set<String> READ_ONLY = Set.of("id", "version", "people_count", "created_at", "updated_at");

  private final Companies companies;
  private final Users users;
  private final AuditLog audit;
  private final Clock clock;

  private final People people;
  private final org.springframework.context.ApplicationEventPublisher events;

  CompanyService(Companies companies, Users users, AuditLog audit, Clock clock, People people,
      org.springframework.context.ApplicationEventPublisher events) {
    this.companies = companies;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
    this.people = people;
    this.events = events;
  }

  public Company get(long id) {
    return companies.find(id).orElseThrow(() -> new NotFoundException("company", id));
  }

  @Transactional
  public Company create(Map<String, ?> input, String actor) {
    Map<CompanyField, Object> values = new EnumMap<>(CompanyField.class);
    List<FieldError> errors = read(input, values, null, false);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Company company = companies.insert(values, clock.instant());
    audit.record(actor, "create", "company", company.id(), Changes.snapshot(company.values()));
    return company;
  }

  @Transactional
  public Company update(long id, long expectedVersion, Map<String, ?> input, String actor) {
    Company before = get(id);
    if (before.version() != expectedVersion) {
      throw new VersionConflictException("company", id, expectedVersion, before.version());
    }
    Map<CompanyField, Object> values = new EnumMap<>(CompanyField.class);
    values.putAll(before.values());
    List<FieldError> errors = read(input, values, before.text(CompanyField.COUNTRY), true);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Map<String, Object> changes = Changes.between(before.values(), values, CompanyField.values());
    if (changes.isEmpty()) {
      return before;
    }
    Instant now = clock.instant();
    Company after =
        companies
            .update(id, expectedVersion, values, now)
            .orElseThrow(
                () ->
                    new VersionConflictException(
                        "company", id, expectedVersion, companies.find(id).map(Company::version).orElse(-1L)));
    audit.record(actor, "update", "company", id, changes);
    // its people's fit may follow from the company's values (head count, industry…)
    events.publishEvent(PeopleChanged.of(people.idsOfCompany(id)));
    return after;
  }

  /** Deletes a company; its people stay in the base, without a company. */
  @Transactional
  public void delete(long id, Long expectedVersion, String actor) {
    Company company = get(id);
    if (expectedVersion != null && company.version() != expectedVersion) {
      throw new VersionConflictException("company", id, expectedVersion, company.version());
    }
    List<Long> staff = people.idsOfCompany(id);
    companies.delete(id);
    audit.record(actor, "delete", "company", id, Changes.snapshot(company.values()));
    events.publishEvent(PeopleChanged.of(staff));
  }

  public Page<Company> list(String text, String cursor, int limit) {
    return companies.list(text, cursor, limit);
  }

  /** Reads {@code input} into {@code values} (already holding the stored ones on update). */
  private List<FieldError> read(Map<String, ?> input, Map<CompanyField, Object> values, String region, boolean update) {
    FieldRules.Read<CompanyField> read = FieldRules.read(input, CompanyField.class, READ_ONLY, Set.of(), region);
    List<FieldError> errors = new ArrayList<>(read.errors());
    read.values().forEach((field, value) -> FieldRules.apply(values, field, value));
    if (!values.containsKey(CompanyField.NAME) && errors.stream().noneMatch(e -> e.field().equals("name"))) {
      errors.add(new FieldError("name", update ? "cannot be emptied" : "required"));
    }
    String siret = (String) values.get(CompanyField.SIRET);
    String siren = (String) values.get(CompanyField.SIREN);
    if (siret != null && siren == null && !input.containsKey("siren")) {
      values.put(CompanyField.SIREN, siret.substring(0, 9));
    } else if (siret != null && siren != null && !siret.startsWith(siren)) {
      errors.add(new FieldError("siret", "belongs to SIREN " + siret.substring(0, 9) + ", not to " + siren));
    }
    if (read.values().containsKey(CompanyField.EMPLOYEES) && !read.values().containsKey(CompanyField.EMPLOYEE_RANGE)) {
      Long employees = (Long) values.get(CompanyField.EMPLOYEES);
      if (employees == null) {
        values.remove(CompanyField.EMPLOYEE_RANGE);
      } else {
        values.put(CompanyField.EMPLOYEE_RANGE, EmployeeRange.of(employees).label());
      }
    }
    Object owner = values.get(CompanyField.OWNER);
    if (owner != null && !users.exists((String) owner)) {
      errors.add(new FieldError("owner", "no user named '" + FieldRules.abbreviate(owner.toString(), 64) + "'"));
    }
    return errors;
  }

}
