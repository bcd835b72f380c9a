package io.vivier.prospect;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/** A company as stored; {@code values} as in {@link Person}. */
public record Company(
    long id,
    long version,
    Map<CompanyField, Object> values,
    long peopleCount,
    Instant createdAt,
    Instant updatedAt) {

  public Company {
    values = Collections.unmodifiableMap(values);
  }

  public Object get(CompanyField field) {
    return values.get(field);
  }

  public String text(CompanyField field) {
    Object value = values.get(field);
    return value == null ? null : value.toString();
  }

  public String name() {
    return text(CompanyField.NAME);
  }
}
