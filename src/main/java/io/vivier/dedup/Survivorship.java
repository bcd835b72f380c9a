package io.vivier.dedup;

import io.vivier.consent.ConsentStatus;
import io.vivier.lifecycle.Stage;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.Field;
import io.vivier.prospect.FieldKind;
import io.vivier.prospect.PersonField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which value of each field the survivor of a merge keeps, and why: one named {@link Rule} per
 * field, the same for people and companies. A user's pick of a record for a field overrides the
 * rule, except where the rule protects the person: a recorded opposition is never replaced by a
 * consent, and a lifecycle stage never goes back.
 */
public final class Survivorship {

  private Survivorship() {}

  /** A record taking part in a merge: its values and when it was created and last changed. */
  public record Candidate<F extends Enum<F> & Field>(long id, Map<F, Object> values, Instant createdAt, Instant updatedAt) {}

  /** The survivor's value for a field, the record it came from (null when combined) and the rule that chose it. */
  public record Decision<F>(F field, Object value, Long fromRecord, Rule rule) {}

  /** A named way of choosing a field's value among the records of a merge. */
  public enum Rule {
    /** The value of the record changed last that has one. */
    MOST_RECENT,
    /** The longest value (the fullest spelling: "Jean-Pierre" over "J.-P."), the most recent on a tie. */
    MOST_COMPLETE,
    /** The value of the record created first (where the prospect first came from). */
    OLDEST,
    /** The value of the record chosen as survivor, else the most recent. */
    SURVIVOR,
    /** The stage furthest along (see {@link Stage#order}): a merge never moves a stage back. */
    MOST_ADVANCED_STAGE,
    /** An opposition (withdrawn, then denied) over any consent; a known answer over "unknown". */
    STRICTEST_CONSENT,
    /** Every value of every record, without repeats. */
    UNION,
    /** The record the user picked. */
    MANUAL
  }

  /** The rule a field follows unless the user picks a record for it. */
  public static Rule ruleOf(Field field) {
    if (field == PersonField.STAGE) {
      return Rule.MOST_ADVANCED_STAGE;
    }
    if (field == PersonField.CONSENT_EMAIL || field == PersonField.CONSENT_PHONE) {
      return Rule.STRICTEST_CONSENT;
    }
    if (field == PersonField.SOURCE || field == PersonField.SOURCE_DETAIL || field == CompanyField.SOURCE) {
      return Rule.OLDEST;
    }
    if (field == PersonField.EMAIL || field == PersonField.OWNER || field == CompanyField.OWNER || field == PersonField.EXTERNAL_ID
        || field == CompanyField.EXTERNAL_ID) {
      return Rule.SURVIVOR;
    }
    if (field.kind() == FieldKind.TAGS || field.kind() == FieldKind.ATTRIBUTES) {
      return Rule.UNION;
    }
    if (field == PersonField.FIRST_NAME || field == PersonField.LAST_NAME || field == PersonField.JOB_TITLE || field == PersonField.STREET
        || field == CompanyField.NAME || field == CompanyField.STREET) {
      return Rule.MOST_COMPLETE;
    }
    return Rule.MOST_RECENT;
  }

  /**
   * The survivor's values: {@code records} with the survivor first, {@code picks} the record the
   * user chose for some fields. Fields no record has are left out.
   */
  public static <F extends Enum<F> & Field> List<Decision<F>> decide(Class<F> fields, List<Candidate<F>> records, Map<F, Long> picks) {
    if (records.size() < 2) {
      throw new IllegalArgumentException("a merge needs at least two records");
    }
    List<Decision<F>> decisions = new ArrayList<>();
    for (F field : fields.getEnumConstants()) {
      Decision<F> decision = decide(field, records, picks.get(field));
      if (decision != null && decision.value() != null) {
        decisions.add(decision);
      }
    }
    return decisions;
  }

  /** The survivor's values as a map. */
  public static <F extends Enum<F> & Field> Map<F, Object> values(Class<F> fields, List<Decision<F>> decisions) {
    Map<F, Object> values = new EnumMap<>(fields);
    for (Decision<F> decision : decisions) {
      values.put(decision.field(), decision.value());
    }
    return values;
  }

  private static <F extends Enum<F> & Field> Decision<F> decide(F field, List<Candidate<F>> records, Long pick) {
    Rule rule = ruleOf(field);
    if (pick != null && rule != Rule.STRICTEST_CONSENT && rule != Rule.MOST_ADVANCED_STAGE) {
      Candidate<F> picked = records.stream().filter(r -> r.id() == pick).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("record #" + pick + " is not part of the merge"));
      return new Decision<>(field, picked.values().get(field), picked.id(), Rule.MANUAL);
    }
    List<Candidate<F>> having = records.stream().filter(r -> r.values().get(field) != null).toList();
    if (having.isEmpty()) {
      return null;
    }
    return switch (rule) {
      case MOST_RECENT -> from(field, mostRecent(having), rule);
      case MOST_COMPLETE -> from(field, having.stream()
          .max(Comparator.<Candidate<F>>comparingInt(r -> r.values().get(field).toString().strip().length())
              .thenComparing(Candidate::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
          .orElseThrow(), rule);
      case OLDEST -> from(field, having.stream()
          .min(Comparator.comparing(Candidate<F>::createdAt, Comparator.nullsLast(Comparator.naturalOrder())))
          .orElseThrow(), rule);
      case SURVIVOR -> from(field, having.get(0) == records.get(0) ? having.get(0) : mostRecent(having), rule);
      case MOST_ADVANCED_STAGE -> from(field, having.stream()
          .max(Comparator.comparingInt((Candidate<F> r) -> stageRank(r.values().get(field))))
          .orElseThrow(), rule);
      case STRICTEST_CONSENT -> from(field, having.stream()
          .max(Comparator.comparingInt((Candidate<F> r) -> consentRank(r.values().get(field))))
          .orElseThrow(), rule);
      case UNION -> new Decision<>(field, union(field, having), null, rule);
      case MANUAL -> throw new IllegalStateException("no field follows the manual rule by default");
    };
  }

  private static <F extends Enum<F> & Field> Decision<F> from(F field, Candidate<F> record, Rule rule) {
    return new Decision<>(field, record.values().get(field), record.id(), rule);
  }

  private static <F extends Enum<F> & Field> Candidate<F> mostRecent(List<Candidate<F>> having) {
    return having.stream().max(Comparator.comparing(Candidate<F>::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
        .orElseThrow();
  }

  /** Tags in order of appearance, survivor's first; custom attributes key by key, the survivor's value first. */
  @SuppressWarnings("unchecked")
  private static <F extends Enum<F> & Field> Object union(F field, List<Candidate<F>> having) {
    if (field.kind() == FieldKind.TAGS) {
      LinkedHashSet<Object> tags = new LinkedHashSet<>();
      having.forEach(r -> tags.addAll((List<Object>) r.values().get(field)));
      return new ArrayList<>(tags);
    }
    Map<String, Object> attributes = new LinkedHashMap<>();
    having.forEach(r -> ((Map<String, Object>) r.values().get(field)).forEach(attributes::putIfAbsent));
    return attributes;
  }

  static int stageRank(Object stage) {
    return Stage.valueOf(stage.toString()).order();
  }

  /** Withdrawn (the latest word of the person) over denied over granted over unknown. */
  static int consentRank(Object consent) {
    return switch (ConsentStatus.valueOf(consent.toString().toUpperCase(Locale.ROOT))) {
      case UNKNOWN -> 0;
      case GRANTED -> 1;
      case DENIED -> 2;
      case WITHDRAWN -> 3;
    };
  }
}
