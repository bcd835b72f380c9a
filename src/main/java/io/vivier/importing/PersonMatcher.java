package io.vivier.importing;

import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The probabilistic step of an import's matching, after exact keys: a row that matched nobody by
 * e-mail, phone or name is compared with the people of its company by the matching engine (the
 * model fitted by the last scan of the base). Implemented by the dedup feature; an import without
 * a fitted model uses exact keys only.
 */
public interface PersonMatcher {

  /**
   * A candidate and how likely it is the row's person, with each field's contribution; {@code
   * mergeable} false when a guard keeps the pair for a person to decide, whatever the probability.
   */
  record Scored(long personId, double probability, double weight, List<Map<String, Object>> explanation, boolean mergeable) {}

  /** Largest company whose people a row or a new person is compared with (bigger ones are left to the base scan). */
  int MAX_CANDIDATES = 500;

  /** Whether a model is there to score with; looks again for a newer one (call once a chunk, not a row). */
  boolean ready();

  /** From this probability a row updates the candidate instead of creating a person. */
  double autoMerge();

  /** From this probability (below {@link #autoMerge}) the pair goes to the review queue. */
  double review();

  /**
   * The most likely of {@code candidates} for the row's values, if any scores at least {@link
   * #review}, with the model {@link #ready} found.
   */
  Optional<Scored> best(Map<PersonField, Object> row, String companyName, List<Person> candidates);

  /** Puts a created person and a likely earlier one into the review queue. */
  void propose(long createdId, Scored match, String foundBy);

  /** No probabilistic step. */
  PersonMatcher NONE = new PersonMatcher() {
    @Override
    public boolean ready() {
      return false;
    }

    @Override
    public double autoMerge() {
      return 1;
    }

    @Override
    public double review() {
      return 1;
    }

    @Override
    public Optional<Scored> best(Map<PersonField, Object> row, String companyName, List<Person> candidates) {
      return Optional.empty();
    }

    @Override
    public void propose(long createdId, Scored match, String foundBy) {}
  };
}
