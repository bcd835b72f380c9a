package io.vivier.prospect;

import io.vivier.lifecycle.Stage;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A person (prospect) as stored. {@code values} holds each set field: strings for text and
 * choices, {@code Long} for numbers and the company id, {@code List<String>} for tags, a map for
 * attributes, the owner's username for the owner.
 *
 * @param company the linked company's id and name, null when none
 */
public record Person(
    long id,
    long version,
    Map<PersonField, Object> values,
    CompanyRef company,
    Instant createdAt,
    Instant updatedAt,
    Instant lastActivityAt) {

  public Person {
    values = Collections.unmodifiableMap(values);
  }

  /** Id and name of a company, as shown next to its people. */
  public record CompanyRef(long id, String name) {}

  public Object get(PersonField field) {
    return values.get(field);
  }

  public String text(PersonField field) {
    Object value = values.get(field);
    return value == null ? null : value.toString();
  }

  public String firstName() {
    return text(PersonField.FIRST_NAME);
  }

  public String lastName() {
    return text(PersonField.LAST_NAME);
  }

  public String email() {
    return text(PersonField.EMAIL);
  }

  public Stage stage() {
    return Stage.valueOf(text(PersonField.STAGE));
  }

  @SuppressWarnings("unchecked")
  public List<String> tags() {
    Object tags = values.get(PersonField.TAGS);
    return tags == null ? List.of() : (List<String>) tags;
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> attributes() {
    Object attributes = values.get(PersonField.ATTRIBUTES);
    return attributes == null ? Map.of() : (Map<String, Object>) attributes;
  }

  /** "First Last", or the e-mail, or "#id" when the person has no name. */
  public String displayName() {
    String name = ((firstName() == null ? "" : firstName()) + " " + (lastName() == null ? "" : lastName())).strip();
    if (!name.isEmpty()) {
      return name;
    }
    return email() != null ? email() : "#" + id;
  }
}
