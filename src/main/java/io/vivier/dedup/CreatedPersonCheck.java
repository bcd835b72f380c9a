package io.vivier.dedup;

import io.vivier.importing.CompanyMatcher;
import io.vivier.importing.PersonMatcher;
import io.vivier.prospect.Companies;
import io.vivier.prospect.Company;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.DuplicateFinder;
import io.vivier.prospect.People;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import io.vivier.quality.Emails;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a person (or a company) is created one by one (API, form): an earlier person with the same e-mail is a
 * certain duplicate; one of the same company the matching engine finds likely (with the model the
 * last scan fitted) is a probable one. Both go to the review queue and back to the caller; nothing
 * is merged without a person deciding.
 */
@Component
class CreatedPersonCheck implements DuplicateFinder {

  private final People people;
  private final PersonMatcher matcher;
  private final DuplicatePairs queue;
  private final Clock clock;

  private final Companies companies;
  private final CompanyMatcher companyMatcher;

  CreatedPersonCheck(People people, PersonMatcher matcher, DuplicatePairs queue, Clock clock, Companies companies,
      CompanyMatcher companyMatcher) {
    this.companies = companies;
    this.companyMatcher = companyMatcher;
    this.people = people;
    this.matcher = matcher;
    this.queue = queue;
    this.clock = clock;
  }

  @Override
  @Transactional
  public List<Likely> afterCreate(Person created, String actor) {
    Map<Long, DuplicatePair.Proposal> found = new LinkedHashMap<>();
    String email = created.text(PersonField.EMAIL);
    if (email != null) {
      String key = Emails.key(email);
      Long same = people.idsByEmailKey(List.of(key)).get(key);
      if (same != null && same != created.id()) {
        found.put(same, new DuplicatePair.Proposal("person", created.id(), same, 1.0, 0,
            List.of(Map.of("field", "email", "level", "exact", "weight", 0.0))));
      }
    }
    if (created.company() != null && matcher.ready()) {
      List<Long> ids = new ArrayList<>();
      for (People.PersonName name : people.namesInCompanies(List.of(created.company().id()))) {
        if (name.id() != created.id()) {
          ids.add(name.id());
        }
      }
      if (ids.size() <= PersonMatcher.MAX_CANDIDATES) {
        matcher.best(created.values(), created.company().name(), people.findAll(ids, false))
            .filter(best -> !found.containsKey(best.personId()))
            .ifPresent(best -> found.put(best.personId(), new DuplicatePair.Proposal("person", created.id(), best.personId(),
                best.probability(), best.weight(), best.explanation())));
      }
    }
    return queued(found, actor);
  }

  @Override
  @Transactional
  public List<Likely> afterCreate(Company created, String actor) {
    Map<Long, DuplicatePair.Proposal> found = new LinkedHashMap<>();
    for (Companies.Key key : List.of(Companies.Key.SIREN, Companies.Key.DOMAIN)) {
      String value = created.text(key == Companies.Key.SIREN ? CompanyField.SIREN : CompanyField.DOMAIN);
      if (value == null) {
        continue;
      }
      // the oldest company holding the value: the created one when it is the first
      Long same = companies.idsBy(key, List.of(value)).get(value);
      if (same != null && same != created.id()) {
        String field = key == Companies.Key.SIREN ? "siren" : "domain";
        found.putIfAbsent(same, new DuplicatePair.Proposal("company", created.id(), same, 1.0, 0,
            List.of(Map.of("field", field, "level", "exact", "weight", 0.0))));
      }
    }
    String name = created.text(CompanyField.NAME);
    String nameKey = name == null ? "" : Companies.nameKey(name);
    if (nameKey.length() >= CompanyMatcher.PREFIX && companyMatcher.ready()) {
      List<Company> candidates = new ArrayList<>(companies.withNamePrefix(nameKey.substring(0, CompanyMatcher.PREFIX),
          created.text(CompanyField.POSTCODE), CompanyMatcher.MAX_CANDIDATES + 1));
      candidates.removeIf(c -> c.id() == created.id());
      companyMatcher.best(created.values(), candidates)
          .filter(best -> !found.containsKey(best.companyId()))
          .ifPresent(best -> found.put(best.companyId(), new DuplicatePair.Proposal("company", created.id(), best.companyId(),
              best.probability(), best.weight(), best.explanation())));
    }
    return queued(found, actor);
  }

  private List<Likely> queued(Map<Long, DuplicatePair.Proposal> found, String actor) {
    if (!found.isEmpty()) {
      queue.propose(found.values(), "created by " + actor, clock.instant());
    }
    return found.values().stream()
        .sorted(Comparator.comparingDouble(DuplicatePair.Proposal::probability).reversed())
        .map(p -> new Likely(p.b(), p.probability()))
        .toList();
  }
}
