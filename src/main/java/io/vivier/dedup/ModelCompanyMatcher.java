package io.vivier.dedup;

import io.vivier.importing.CompanyMatcher;
import io.vivier.prospect.Company;
import io.vivier.prospect.CompanyField;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Scores import rows against companies with the model the last {@code vivier dedupe --companies}
 * fitted. A candidate with another SIREN is another legal entity and never a match.
 */
@Component
class ModelCompanyMatcher implements CompanyMatcher {

  private final SavedMatcher saved;
  private final DuplicatePairs queue;
  private final Clock clock;

  ModelCompanyMatcher(MatchModels models, DuplicatePairs queue, Clock clock) {
    this.saved = new SavedMatcher(models, "company");
    this.queue = queue;
    this.clock = clock;
  }

  @Override
  public boolean ready() {
    return saved.refresh() != null;
  }

  @Override
  public double autoMerge() {
    return MatchSettings.DEFAULTS.autoMerge();
  }

  @Override
  public Optional<Scored> best(Map<CompanyField, Object> row, List<Company> candidates) {
    Matcher matcher = saved.current();
    if (matcher == null || candidates.isEmpty()) {
      return Optional.empty();
    }
    Object siren = row.get(CompanyField.SIREN);
    List<Company> comparable = new ArrayList<>();
    for (Company c : candidates) {
      Object other = c.values().get(CompanyField.SIREN);
      if (siren == null || other == null || Objects.equals(siren, other)) {
        comparable.add(c);
      }
    }
    if (comparable.isEmpty()) {
      return Optional.empty();
    }
    List<Record> others = new ArrayList<>(comparable.size());
    for (Company c : comparable) {
      others.add(BaseScan.companyRecord(Long.toString(c.id()), c.values()));
    }
    List<Explanation> scored = matcher.scoreAll(BaseScan.companyRecord("row", row), others);
    Scored best = null;
    for (int i = 0; i < comparable.size(); i++) {
      Explanation e = scored.get(i);
      if (e.probability() >= MatchSettings.DEFAULTS.review() && (best == null || e.probability() > best.probability())) {
        best = new Scored(comparable.get(i).id(), e.probability(), e.weight(), BaseScan.json(e));
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public void propose(long createdId, Scored match, String foundBy) {
    queue.propose(List.of(new DuplicatePair.Proposal("company", createdId, match.companyId(), match.probability(), match.weight(),
        match.explanation())), foundBy, clock.instant());
  }
}
