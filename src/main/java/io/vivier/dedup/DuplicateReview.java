package io.vivier.dedup;

import io.vivier.prospect.Companies;
import io.vivier.prospect.Company;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.People;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import io.vivier.web.BadInputException;
import io.vivier.web.ConflictException;
import io.vivier.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: pairs that may be duplicates, shown side by side with why they matched; a
 * reviewer merges them (choosing the survivor and, field by field, the values) or rejects them,
 * after which the pair is never proposed again.
 */
@Service
public class DuplicateReview {

  private final DuplicatePairs pairs;
  private final MergeService merges;
  private final People people;
  private final Companies companies;
  private final Clock clock;

  DuplicateReview(DuplicatePairs pairs, MergeService merges, People people, Companies companies, Clock clock) {
    this.pairs = pairs;
    this.merges = merges;
    this.people = people;
    this.companies = companies;
    this.clock = clock;
  }

  /** A pending pair with its two records' values (canonical field key → value) and ids. */
  public record Review(DuplicatePair pair, Map<String, Object> left, Map<String, Object> right) {}

  /** Pending pairs, most probable first; a pair one of whose records is gone leaves the queue. */
  @Transactional
  public List<Review> pending(String entity, int limit) {
    check(entity);
    List<DuplicatePair> found = pairs.pending(entity, limit);
    List<Long> ids = new ArrayList<>();
    found.forEach(p -> {
      ids.add(p.leftId());
      ids.add(p.rightId());
    });
    Map<Long, Map<String, Object>> records = new HashMap<>();
    if (entity.equals("person")) {
      for (Person person : people.findAll(ids, false)) {
        records.put(person.id(), keyed(person.values()));
        if (person.company() != null) {
          records.get(person.id()).put("company_name", person.company().name());
        }
      }
    } else {
      for (Company company : companies.findAll(ids, false)) {
        records.put(company.id(), keyed(company.values()));
      }
    }
    List<Review> reviews = new ArrayList<>();
    List<Long> gone = new ArrayList<>();
    for (DuplicatePair pair : found) {
      Map<String, Object> left = records.get(pair.leftId());
      Map<String, Object> right = records.get(pair.rightId());
      if (left == null || right == null) {
        gone.add(left == null ? pair.leftId() : pair.rightId());
      } else {
        reviews.add(new Review(pair, left, right));
      }
    }
    if (!gone.isEmpty()) {
      pairs.obsolete(entity, gone, clock.instant());
    }
    return reviews;
  }

  @Transactional(readOnly = true)
  public long countPending(String entity) {
    check(entity);
    return pairs.countPending(entity);
  }

  /**
   * Merges a pending pair into {@code survivorId} (its left record, the older, when null), with
   * the user's {@code picks} (field key → record id); other pairs of the merged record leave the queue.
   */
  @Transactional
  public Merge merge(long pairId, Long survivorId, Map<String, Long> picks, String actor) {
    DuplicatePair pair = pendingPair(pairId);
    long survivor = survivorId == null ? pair.leftId() : survivorId;
    if (survivor != pair.leftId() && survivor != pair.rightId()) {
      throw new BadInputException("survivor_id: #" + survivor + " is not one of the pair (#" + pair.leftId() + ", #" + pair.rightId() + ")");
    }
    long other = survivor == pair.leftId() ? pair.rightId() : pair.leftId();
    String reason = String.format(Locale.ROOT, "duplicate pair #%d (probability %.2f)", pair.id(), pair.probability());
    Merge merge = pair.entity().equals("person")
        ? merges.mergePeople(survivor, List.of(other), Picks.typed(picks == null ? Map.of() : picks, PersonField.class), reason, actor)
        : merges.mergeCompanies(survivor, List.of(other), Picks.typed(picks == null ? Map.of() : picks, CompanyField.class), reason, actor);
    Instant now = clock.instant();
    pairs.decide(pairId, DuplicatePair.Status.MERGED, actor, now, merge.id());
    pairs.obsolete(pair.entity(), List.of(other), now);
    return merge;
  }

  /** Not the same: the pair leaves the queue and is never proposed again. */
  @Transactional
  public void reject(long pairId, String actor) {
    pendingPair(pairId);
    pairs.decide(pairId, DuplicatePair.Status.REJECTED, actor, clock.instant(), null);
  }

  private DuplicatePair pendingPair(long pairId) {
    DuplicatePair pair = pairs.find(pairId).orElseThrow(() -> new NotFoundException("duplicate pair", pairId));
    if (pair.status() != DuplicatePair.Status.PENDING) {
      throw new ConflictException("duplicate pair #" + pairId + " was already decided: " + pair.status().name().toLowerCase(Locale.ROOT)
          + (pair.decidedBy() == null ? "" : " by " + pair.decidedBy()));
    }
    return pair;
  }

  private static <F extends Enum<F> & io.vivier.prospect.Field> Map<String, Object> keyed(Map<F, Object> values) {
    Map<String, Object> keyed = new java.util.LinkedHashMap<>();
    values.forEach((field, value) -> keyed.put(field.key(), value));
    return keyed;
  }

  private static void check(String entity) {
    if (!"person".equals(entity) && !"company".equals(entity)) {
      throw new BadInputException("entity must be person or company, not '" + entity + "'");
    }
  }
}
