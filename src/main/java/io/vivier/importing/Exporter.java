package io.vivier.importing;

import io.vivier.audit.AuditLog;
import io.vivier.prospect.Companies;
import io.vivier.prospect.Company;
import io.vivier.prospect.People;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Exports people (all, or chosen ids) with their company's fields, streaming page by page so a
 * million rows need no more memory than a thousand. People who objected (e-mail or phone consent
 * denied or withdrawn) are left out unless the caller explicitly includes them; each export, and
 * that choice, is recorded in the audit log.
 */
@Service
public class Exporter {

  private static final int PAGE = 1000;
  private static final Set<String> OPPOSED = Set.of("denied", "withdrawn");

  private final People people;
  private final Companies companies;
  private final AuditLog audit;

  Exporter(People people, Companies companies, AuditLog audit) {
    this.people = people;
    this.companies = companies;
    this.audit = audit;
  }

  /**
   * What to export.
   *
   * @param ids the people to export, or null for everybody
   * @param includeOpposed true to include people who objected (recorded in the audit log)
   */
  public record Request(ExportFormat format, ExportProfile profile, List<Long> ids, boolean includeOpposed, ZoneId zone, String actor) {}

  /** Rows written, and people left out because they objected. */
  public record Result(long rows, long leftOutOpposed) {}

  public Result export(Request request, OutputStream out) {
    ExportProfile profile = request.profile().forFormat(request.format(), request.format().tabular() ? attributeKeys(request) : List.of());
    long rows = 0;
    long opposed = 0;
    try (ExportWriter writer = request.format().open(out, request.zone() == null ? ZoneId.of("Europe/Paris") : request.zone())) {
      writer.header(profile.headers());
      Page page = new Page(request.ids());
      List<Person> batch;
      while (!(batch = page.next()).isEmpty()) {
        Map<Long, Company> byId = companiesOf(batch);
        for (Person person : batch) {
          if (!request.includeOpposed() && opposed(person)) {
            opposed++;
            continue;
          }
          Company company = person.company() == null ? null : byId.get(person.company().id());
          writer.row(profile.values(ExportRecord.of(person, company)));
          rows++;
        }
      }
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("format", request.format().name().toLowerCase(java.util.Locale.ROOT));
    summary.put("profile", profile.name());
    summary.put("rows", rows);
    summary.put("selection", request.ids() == null ? "all" : request.ids().size() + " ids");
    summary.put("include_opposed", request.includeOpposed());
    summary.put("left_out_opposed", opposed);
    audit.record(request.actor(), "export", "people", null, summary);
    return new Result(rows, opposed);
  }

  static boolean opposed(Person person) {
    String email = person.text(PersonField.CONSENT_EMAIL);
    String phone = person.text(PersonField.CONSENT_PHONE);
    return (email != null && OPPOSED.contains(email)) || (phone != null && OPPOSED.contains(phone));
  }

  /** The custom attribute keys of the people exported, for one column each: a first pass over them. */
  private List<String> attributeKeys(Request request) {
    Set<String> keys = new LinkedHashSet<>();
    Page page = new Page(request.ids());
    List<Person> batch;
    while (!(batch = page.next()).isEmpty()) {
      for (Person person : batch) {
        keys.addAll(person.attributes().keySet());
      }
    }
    return new ArrayList<>(keys);
  }

  private Map<Long, Company> companiesOf(List<Person> batch) {
    Set<Long> ids = new LinkedHashSet<>();
    for (Person person : batch) {
      if (person.company() != null) {
        ids.add(person.company().id());
      }
    }
    Map<Long, Company> byId = new HashMap<>();
    for (Company company : companies.findAll(ids, false)) {
      byId.put(company.id(), company);
    }
    return byId;
  }

  /** Pages of people by id: the whole base, or the chosen ids in their order. */
  private final class Page {
    private final List<Long> ids;
    private long after;
    private int offset;

    Page(List<Long> ids) {
      this.ids = ids;
    }

    List<Person> next() {
      if (ids == null) {
        List<Person> page = people.after(after, PAGE);
        if (!page.isEmpty()) {
          after = page.get(page.size() - 1).id();
        }
        return page;
      }
      if (offset >= ids.size()) {
        return List.of();
      }
      List<Long> part = ids.subList(offset, Math.min(ids.size(), offset + PAGE));
      offset += part.size();
      Map<Long, Person> found = new HashMap<>();
      for (Person person : people.findAll(part, false)) {
        found.put(person.id(), person);
      }
      List<Person> ordered = new ArrayList<>();
      for (Long id : part) {
        if (found.containsKey(id)) {
          ordered.add(found.get(id));
        }
      }
      return ordered.isEmpty() && offset < ids.size() ? next() : ordered;
    }
  }
}
