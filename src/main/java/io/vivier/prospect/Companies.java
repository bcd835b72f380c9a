package io.vivier.prospect;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The companies of the base. */
public interface Companies {

  Optional<Company> find(long id);

  /** The oldest company whose normalised name is that of {@code name}. */
  Optional<Company> findByName(String name);

  Company insert(Map<CompanyField, Object> values, Instant now);

  /** As {@link People#update}. */
  Optional<Company> update(long id, long expectedVersion, Map<CompanyField, Object> changes, Instant now);

  boolean delete(long id);

  /** By name; {@code text} matches name, domain, SIREN or city, ignoring case and accents. */
  Page<Company> list(String text, String cursor, int limit);

  long count();
}
