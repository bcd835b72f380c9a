package io.vivier.prospect;

import java.util.List;

/**
 * Looks for earlier records of a person (or company) just created through the API or a form: the
 * same e-mail, or a likely match among the people of the same company. Implemented by the dedup feature, which
 * also puts what it finds into the review queue; none when that feature is absent.
 */
public interface DuplicateFinder {

  /** An earlier record that may be the same (a person, or a company for a company), and how likely. */
  record Likely(long personId, double probability) {}

  /** Finds and queues the likely earlier records of {@code created}, most likely first. */
  List<Likely> afterCreate(Person created, String actor);

  /**
   * The same for a company: an earlier one with the same SIREN or domain, or one whose name starts
   * alike (in the same postcode) that the matching engine finds likely; ids are companies'.
   */
  default List<Likely> afterCreate(Company created, String actor) {
    return List.of();
  }

  DuplicateFinder NONE = (created, actor) -> List.of();
}
