package io.vivier.prospect;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The people (prospects) of the base. */
public interface People {

  Optional<Person> find(long id);

  boolean exists(long id);

  /** Inserts a person with the given values; returns it as stored (version 1). */
  Person insert(Map<PersonField, Object> values, Instant now);

  /**
   * Writes {@code changes} if the stored version is still {@code expectedVersion}, bumping it.
   *
   * @return the updated person, or empty when the version no longer matches (or the person is gone)
   */
  Optional<Person> update(long id, long expectedVersion, Map<PersonField, Object> changes, Instant now);

  boolean delete(long id);

  /** Newest first; {@code cursor} from the previous page, null for the first. */
  Page<Person> list(PersonQuery query, String cursor, int limit);

  long count();

  /** Moves last_activity_at forward to {@code at} if it is later than the stored one. */
  void touchLastActivity(long id, Instant at);
}
