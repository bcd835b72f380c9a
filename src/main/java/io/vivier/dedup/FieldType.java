package io.vivier.dedup;

import java.util.Locale;

/**
 * What a column holds, which decides how its values are normalised, compared and used for
 * blocking. {@link #IGNORE} columns are read but take no part in matching.
 */
public enum FieldType {
  GIVEN_NAME("given name"),
  SURNAME("surname"),
  FULL_NAME("full name"),
  COMPANY("company name"),
  EMAIL("e-mail"),
  PHONE("phone"),
  STREET("street address"),
  STREET_NUMBER("street number"),
  POSTCODE("postcode"),
  CITY("city"),
  DATE("date"),
  IDENTIFIER("identifier"),
  DOMAIN("web domain"),
  CATEGORY("category"),
  TEXT("text"),
  IGNORE("ignored");

  private final String label;

  FieldType(String label) {
    this.label = label;
  }

  /** For people: "given name", "postcode"… */
  public String label() {
    return label;
  }

  /** The type named by a user in {@code --map}: the constant's name in any case, with - or space for _. */
  public static FieldType parse(String name) {
    String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return switch (key) {
      case "FIRST_NAME", "PRENOM", "GIVEN" -> GIVEN_NAME;
      case "LAST_NAME", "NOM", "FAMILY_NAME" -> SURNAME;
      case "NAME" -> FULL_NAME;
      case "COMPANY_NAME", "ORGANISATION", "ORGANIZATION", "SOCIETE" -> COMPANY;
      case "ADDRESS", "ADRESSE" -> STREET;
      case "ZIP", "CODE_POSTAL" -> POSTCODE;
      case "DATE_OF_BIRTH", "DOB", "BIRTH_DATE" -> DATE;
      case "ID", "SIREN", "SIRET" -> IDENTIFIER;
      case "WEBSITE", "URL" -> DOMAIN;
      case "NUMBER" -> STREET_NUMBER;
      default -> {
        try {
          yield valueOf(key);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown field type '" + name + "' (one of " + names() + ")");
        }
      }
    };
  }

  static String names() {
    StringBuilder names = new StringBuilder();
    for (FieldType type : values()) {
      names.append(names.length() == 0 ? "" : ", ").append(type.name().toLowerCase(Locale.ROOT));
    }
    return names.toString();
  }
}
