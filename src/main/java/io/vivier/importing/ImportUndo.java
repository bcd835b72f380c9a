package io.vivier.importing;

import io.vivier.audit.AuditLog;
import io.vivier.prospect.Companies;
import io.vivier.prospect.Company;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.People;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import io.vivier.prospect.Snapshots;
import io.vivier.web.ConflictException;
import io.vivier.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undoes an import batch, in one transaction: records it created are deleted, records it updated
 * get back the values they had before it. A record changed by someone (or something) else since
 * the batch is left as it is and reported as a conflict, so undo never destroys later work.
 */
@Service
public class ImportUndo {

  private final ImportBatches batches;
  private final People people;
  private final Companies companies;
  private final AuditLog audit;
  private final Clock clock;

  private final org.springframework.context.ApplicationEventPublisher events;

  ImportUndo(ImportBatches batches, People people, Companies companies, AuditLog audit, Clock clock,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.batches = batches;
    this.people = people;
    this.companies = companies;
    this.audit = audit;
    this.clock = clock;
  }

  /** What an undo did; {@code conflicts} names each record kept because it changed after the batch. */
  public record Result(long batch, long peopleDeleted, long peopleRestored, long companiesDeleted, long companiesRestored,
      List<String> conflicts) {}

  @Transactional
  public Result undo(long batchId, String actor) {
    ImportBatch batch = batches.find(batchId).orElseThrow(() -> new NotFoundException("import batch", batchId));
    if (batch.status() == ImportBatch.Status.UNDONE) {
      throw new ConflictException("import #" + batchId + " was already undone on " + batch.undoneAt() + " by " + batch.undoneBy());
    }
    if (batch.status() == ImportBatch.Status.RUNNING) {
      throw new ConflictException("import #" + batchId + " is still running; undo it once it has finished");
    }
    // the batch's own writes are stamped at or before its last heartbeat
    Instant end = batch.heartbeatAt();
    Instant now = clock.instant();
    long[] counts = new long[4];
    List<String> conflicts = new ArrayList<>();
    List<ImportBatches.Change> changes = batches.changes(batchId);
    // the version the batch left on records it created and wrote again (1 for the others)
    Map<String, Long> ownVersions = new java.util.HashMap<>();
    for (ImportBatches.Change change : changes) {
      if (change.op().equals("update") && change.beforeJson() == null) {
        ownVersions.put(change.entity() + change.firstId(), change.version());
      }
    }
    // people first (newest first), then companies, so a company is free of the batch's people when it goes
    for (String entity : List.of("person", "company")) {
      for (ImportBatches.Change change : changes) {
        if (!change.entity().equals(entity)) {
          continue;
        }
        if (change.op().equals("create")) {
          deleteCreated(change, end, ownVersions, counts, conflicts);
        } else if (change.beforeJson() != null) {
          restore(change, now, counts, conflicts);
        }
      }
    }
    batches.markUndone(batchId, actor, now);
    // scores follow the people given back their values, and those of the companies given back theirs
    List<Long> changed = new ArrayList<>();
    for (ImportBatches.Change change : changes) {
      if (change.op().equals("update") && change.beforeJson() != null) {
        if (change.entity().equals("person")) {
          changed.add(change.firstId());
        } else {
          changed.addAll(people.idsOfCompany(change.firstId()));
        }
      }
    }
    events.publishEvent(new io.vivier.prospect.PeopleChanged(changed.stream().mapToLong(Long::longValue).toArray(), false));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("people_deleted", counts[0]);
    summary.put("people_restored", counts[1]);
    summary.put("companies_deleted", counts[2]);
    summary.put("companies_restored", counts[3]);
    summary.put("conflicts", conflicts.size());
    audit.record(actor, "undo", "import_batch", batchId, summary);
    return new Result(batchId, counts[0], counts[1], counts[2], counts[3], List.copyOf(conflicts));
  }

  private void restore(ImportBatches.Change change, Instant now, long[] counts, List<String> conflicts) {
    long id = change.firstId();
    Long current = (change.entity().equals("person") ? people.versions(List.of(id)) : companies.versions(List.of(id))).get(id);
    if (current == null) {
      conflicts.add(change.entity() + " #" + id + " was deleted after the import; nothing to restore");
      return;
    }
    if (!current.equals(change.version())) {
      conflicts.add(change.entity() + " #" + id + " was changed after the import (version " + current + ", the import left "
          + change.version() + "); kept as it is");
      return;
    }
    if (change.entity().equals("person")) {
      people.updateAll(Map.of(id, Snapshots.read(change.beforeJson(), PersonField.class)), now);
      counts[1]++;
    } else {
      companies.updateAll(Map.of(id, Snapshots.read(change.beforeJson(), CompanyField.class)), now);
      counts[3]++;
    }
  }

  /**
   * Deletes the records of a created range that are as the batch left them: same version, no
   * later write or activity (timestamps alone cannot tell a write in the same millisecond).
   */
  private void deleteCreated(ImportBatches.Change change, Instant end, Map<String, Long> ownVersions, long[] counts,
      List<String> conflicts) {
    for (long from = change.firstId(); from <= change.lastId(); from += 500) {
      List<Long> ids = new ArrayList<>();
      for (long id = from; id <= Math.min(change.lastId(), from + 499); id++) {
        ids.add(id);
      }
      List<Long> delete = new ArrayList<>();
      if (change.entity().equals("person")) {
        for (Person person : people.findAll(ids, true)) {
          long left = ownVersions.getOrDefault("person" + person.id(), 1L);
          if (person.version() != left || person.updatedAt().isAfter(end)
              || (person.lastActivityAt() != null && person.lastActivityAt().isAfter(end))) {
            conflicts.add("person #" + person.id() + " was changed or had activity after the import; kept");
          } else {
            delete.add(person.id());
          }
        }
        counts[0] += people.deleteAll(delete);
      } else {
        for (Company company : companies.findAll(ids, true)) {
          long left = ownVersions.getOrDefault("company" + company.id(), 1L);
          if (company.version() != left || company.updatedAt().isAfter(end)) {
            conflicts.add("company #" + company.id() + " was changed after the import; kept");
          } else if (company.peopleCount() > 0) {
            conflicts.add("company #" + company.id() + " has people the import did not create; kept");
          } else {
            delete.add(company.id());
          }
        }
        counts[2] += companies.deleteAll(delete);
      }
    }
  }
}
