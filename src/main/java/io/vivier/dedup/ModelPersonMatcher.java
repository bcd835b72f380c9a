package io.vivier.dedup;

import io.vivier.importing.PersonMatcher;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Scores import rows against people with the model the last scan of the base fitted ({@code
 * vivier dedupe} keeps it in the base, table {@code match_models}); reloaded when a scan saves a
 * newer one.
 */
@Component
class ModelPersonMatcher implements PersonMatcher {

  private final SavedMatcher saved;
  private final DuplicatePairs queue;
  private final Clock clock;

  ModelPersonMatcher(MatchModels models, DuplicatePairs queue, Clock clock) {
    this.saved = new SavedMatcher(models, "person");
    this.queue = queue;
    this.clock = clock;
  }
  @Override
  public boolean ready() {
    return matcher() != null;
  }

  @Override
  public double autoMerge() {
    return MatchSettings.DEFAULTS.autoMerge();
  }

  @Override
  public double review() {
    return MatchSettings.DEFAULTS.review();
  }

  @Override
  public Optional<Scored> best(Map<PersonField, Object> row, String companyName, List<Person> candidates) {
    // the model as the last call to ready() found it: no query a row
    Matcher matcher = saved.current();
    if (matcher == null || candidates.isEmpty()) {
      return Optional.empty();
    }
    Record incoming = BaseScan.personRecord("row", row, companyName);
    List<Record> others = new java.util.ArrayList<>(candidates.size());
    for (Person candidate : candidates) {
      others.add(BaseScan.personRecord(Long.toString(candidate.id()), candidate.values(),
          candidate.company() == null ? null : candidate.company().name()));
    }
    List<Explanation> scored = matcher.scoreAll(incoming, others);
    Scored best = null;
    for (int i = 0; i < candidates.size(); i++) {
      Person candidate = candidates.get(i);
      Explanation e = scored.get(i);
      if (e.probability() >= review() && (best == null || e.probability() > best.probability())) {
        // two mailboxes of one company are colleagues: review, never an automatic match
        boolean mergeable = !Colleagues.byEmail((String) row.get(PersonField.EMAIL), candidate.text(PersonField.EMAIL));
        best = new Scored(candidate.id(), e.probability(), e.weight(), BaseScan.json(e), mergeable);
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public void propose(long createdId, Scored match, String foundBy) {
    queue.propose(List.of(new DuplicatePair.Proposal("person", createdId, match.personId(), match.probability(), match.weight(),
        match.explanation())), foundBy, clock.instant());
  }

  private Matcher matcher() {
    return saved.refresh();
  }
}
