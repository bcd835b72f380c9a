package io.vivier.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparisons for a schema: one per matched column, chosen by its type. Given names and
 * surnames look at each other for swaps; e-mails look at the names for "jdupont" ~ "Jean Dupont";
 * the address of people with a company weighs nothing between colleagues ({@link WorkplaceAddress}).
 */
public final class Comparisons {

  /** The model packs a pair's levels into one long, four bits per comparison. */
  static final int MAX = 16;

  private Comparisons() {}

  public static List<Comparison> forSchema(Schema schema) {
    int given = schema.first(FieldType.GIVEN_NAME);
    int surname = schema.first(FieldType.SURNAME);
    // people with an employer: their address is usually the company's (see WorkplaceAddress)
    boolean people = given >= 0 || surname >= 0;
    int company = people ? schema.first(FieldType.COMPANY) : -1;
    List<Comparison> comparisons = new ArrayList<>();
    for (int c = 0; c < schema.size() && comparisons.size() < MAX; c++) {
      String name = schema.columns().get(c).name();
      Comparison comparison = switch (schema.type(c)) {
        case GIVEN_NAME -> new NameComparison(name, c, c == given ? surname : -1, false);
        case SURNAME -> new NameComparison(name, c, c == surname ? given : -1, false);
        case CITY -> new NameComparison(name, c, -1, true);
        case FULL_NAME, COMPANY -> new WordsComparison(name, c, true, false);
        case STREET -> new WordsComparison(name, c, false, true);
        case TEXT -> new WordsComparison(name, c, false, false);
        case EMAIL -> new EmailComparison(name, c, given, surname);
        case PHONE -> new PhoneComparison(name, c);
        case DATE -> new DateComparison(name, c);
        case POSTCODE -> ExactComparison.postcode(name, c);
        case IDENTIFIER -> ExactComparison.withTypo(name, c);
        case STREET_NUMBER, CATEGORY, DOMAIN -> ExactComparison.exact(name, c);
        case IGNORE -> null;
      };
      if (comparison != null && company >= 0 && isAddress(schema.type(c))) {
        comparison = new WorkplaceAddress(comparison, company);
      }
      if (comparison != null) {
        comparisons.add(comparison);
      }
    }
    return List.copyOf(comparisons);
  }

  private static boolean isAddress(FieldType type) {
    return type == FieldType.STREET || type == FieldType.STREET_NUMBER || type == FieldType.POSTCODE || type == FieldType.CITY;
  }
}
