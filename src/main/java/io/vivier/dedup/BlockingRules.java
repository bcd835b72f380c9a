package io.vivier.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The blocking rules for a schema, derived from its column types: exact keys first (e-mail, phone,
 * identifier, web domain, date), then phonetic names with a place, then the rarest words of names,
 * companies and streets. Free text and categories make no rule: sharing a word of a comment or a
 * category proves too little to be worth the pairs. Their candidate pairs are unioned: a duplicate is found if any rule brings
 * it next to its twin, so the rules complement each other's blind spots (a typo in the surname, a
 * new phone number, a missing e-mail).
 */
public final class BlockingRules {

  private BlockingRules() {}

  public static List<BlockingRule> forSchema(Schema schema) {
    List<BlockingRule> rules = new ArrayList<>();
    int given = schema.first(FieldType.GIVEN_NAME);
    int surname = schema.first(FieldType.SURNAME);
    int postcode = schema.first(FieldType.POSTCODE);
    int city = schema.first(FieldType.CITY);
    int place = postcode >= 0 ? postcode : city;
    String placeName = place >= 0 ? schema.columns().get(place).name() : null;
    for (int c = 0; c < schema.size(); c++) {
      String name = schema.columns().get(c).name();
      switch (schema.type(c)) {
        case EMAIL -> {
          rules.add(rule(name, Set.of(c), BlockingRule.value(c)));
          if (surname >= 0) {
            rules.add(rule(name + " domain + " + schema.columns().get(surname).name() + " (phonetic)", Set.of(c, surname),
                BlockingRule.emailDomain(c), BlockingRule.phonetic(surname)));
          }
        }
        case PHONE, IDENTIFIER, DOMAIN, DATE -> rules.add(rule(name, Set.of(c), BlockingRule.value(c)));
        case FULL_NAME, COMPANY, STREET -> {
          // Company names are short: their rarest word is enough, and a second would double the pairs.
          boolean company = schema.type(c) == FieldType.COMPANY;
          rules.add(rule(name + (company ? " (rarest word)" : " (rarest words)"), schema.type(c) == FieldType.STREET ? withPlaces(schema, c) : Set.of(c),
              BlockingRule.rarestWords(c, company ? 1 : 2)));
          if (place >= 0) {
            rules.add(rule(name + " (first 3 letters) + " + placeName, Set.of(c, place), BlockingRule.prefix(c, 3), BlockingRule.value(place)));
          }
        }
        case STREET_NUMBER -> {
          if (place >= 0) {
            rules.add(rule(name + " + " + placeName, withPlaces(schema, c), BlockingRule.value(c), BlockingRule.value(place)));
          }
        }
        default -> { }
      }
    }
    if (given >= 0 && surname >= 0) {
      rules.add(rule("given name + surname (phonetic, either order)", Set.of(given, surname), BlockingRule.phoneticPair(given, surname)));
    }
    if (place >= 0) {
      if (surname >= 0) {
        rules.add(rule(schema.columns().get(surname).name() + " (phonetic) + " + placeName, Set.of(surname, place), BlockingRule.phonetic(surname),
            BlockingRule.value(place)));
      }
      if (given >= 0 && surname >= 0) {
        // Finds surnames whose typo changed their phonetic code but not their first letter.
        rules.add(rule(schema.columns().get(given).name() + " (phonetic) + " + schema.columns().get(surname).name() + " (initial) + "
            + placeName, Set.of(given, surname, place), BlockingRule.phoneticWithInitial(given), BlockingRule.initial(surname),
            BlockingRule.value(place)));
      }
    }
    return rules.stream().map(r -> new BlockingRule(r.name(), r.parts(), closed(schema, r.columns()))).toList();
  }

  /**
   * A street column with the postcode and city columns: records on the same street are in the same
   * town whether they match or not, so a rule on streets says nothing about places either.
   */
  private static Set<Integer> withPlaces(Schema schema, int street) {
    Set<Integer> columns = new java.util.HashSet<>(schema.all(FieldType.POSTCODE));
    columns.addAll(schema.all(FieldType.CITY));
    columns.add(street);
    return columns;
  }

  private static BlockingRule rule(String name, Set<Integer> columns, BlockingRule.Part... parts) {
    return new BlockingRule(name, List.of(parts), columns);
  }

  /**
   * The columns a rule says something about: its own, and all the place columns when it uses one
   * (records with the same postcode are in the same town, matching or not).
   */
  private static Set<Integer> closed(Schema schema, Set<Integer> columns) {
    Set<Integer> places = new java.util.HashSet<>(schema.all(FieldType.POSTCODE));
    places.addAll(schema.all(FieldType.CITY));
    if (java.util.Collections.disjoint(columns, places)) {
      return columns;
    }
    Set<Integer> all = new java.util.HashSet<>(columns);
    all.addAll(places);
    return all;
  }
}
