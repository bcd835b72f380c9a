package io.vivier.importing;

import io.vivier.prospect.Company;
import io.vivier.prospect.CompanyField;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The probabilistic step of an import's company matching, after SIREN, domain and name key: a
 * company that matched none is compared by the matching engine (the model of the last {@code
 * vivier dedupe --companies}) with the companies whose name starts alike, in the same postcode when
 * the row has one. Implemented by the dedup
 * feature; without a fitted model, exact keys only.
 */
public interface CompanyMatcher {

  /** A candidate and how likely it is the row's company, with each field's contribution. */
  record Scored(long companyId, double probability, double weight, List<Map<String, Object>> explanation) {}

  /** How many companies starting alike (in one postcode) a row is compared with at most. */
  int MAX_CANDIDATES = 200;

  /** How many first characters of the name key candidates share with the row. */
  int PREFIX = 4;

  /** Whether a model is there to score with; looks again for a newer one (call once a chunk, not a row). */
  boolean ready();

  /** From this probability a row joins the candidate instead of creating a company. */
  double autoMerge();

  /** The most likely of {@code candidates} for the row's values, if any scores at least the review threshold. */
  Optional<Scored> best(Map<CompanyField, Object> row, List<Company> candidates);

  /** Puts a created company and a likely earlier one into the review queue. */
  void propose(long createdId, Scored match, String foundBy);

  /** No probabilistic step. */
  CompanyMatcher NONE = new CompanyMatcher() {
    @Override
    public boolean ready() {
      return false;
    }

    @Override
    public double autoMerge() {
      return 1;
    }

    @Override
    public Optional<Scored> best(Map<CompanyField, Object> row, List<Company> candidates) {
      return Optional.empty();
    }

    @Override
    public void propose(long createdId, Scored match, String foundBy) {}
  };
}
