package io.vivier.importing;

import io.vivier.consent.ConsentStatus;
import io.vivier.lifecycle.Stage;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.Field;
import io.vivier.prospect.FieldKind;
import io.vivier.prospect.PersonField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a row's values are merged into a record it matched. Named rules, whatever the policy:
 *
 * <ul>
 *   <li>an empty cell never clears a field;
 *   <li>a lifecycle stage never moves backwards (see {@link Stage#order});
 *   <li>a recorded opposition (denied, withdrawn) is never lifted, and a recorded consent is never
 *       replaced by "unknown"; a new opposition is always applied, as it protects the person;
 *   <li>tags are added to, never removed; custom attributes are merged key by key under the policy;
 *   <li>the first source of a record is kept (it says where the prospect came from).
 * </ul>
 */
final class ImportMerge {

  private ImportMerge() {}

  /**
   * Merges {@code row} into {@code target}; {@code overwrite} says whether the file's values win
   * over those the record has (the policy, decided per record for {@link ImportPolicy#NEWEST}).
   *
   * @return whether {@code target} changed
   */
  static <F extends Enum<F> & Field> boolean merge(Map<F, Object> target, Map<F, Object> row, boolean overwrite) {
    boolean changed = false;
    for (Map.Entry<F, Object> entry : row.entrySet()) {
      F field = entry.getKey();
      Object incoming = entry.getValue();
      if (incoming == null) {
        continue;
      }
      Object current = target.get(field);
      Object merged = mergeValue(field, current, incoming, overwrite);
      if (!Objects.equals(current, merged)) {
        target.put(field, merged);
        changed = true;
      }
    }
    return changed;
  }

  private static Object mergeValue(Field field, Object current, Object incoming, boolean overwrite) {
    if (current == null) {
      return incoming;
    }
    if (field == PersonField.STAGE) {
      Stage from = Stage.valueOf((String) current);
      Stage to = Stage.valueOf((String) incoming);
      return to.order() > from.order() ? incoming : current;
    }
    if (field == PersonField.CONSENT_EMAIL || field == PersonField.CONSENT_PHONE) {
      return consent((String) current, (String) incoming);
    }
    if (field == PersonField.SOURCE || field == CompanyField.SOURCE) {
      return current;
    }
    if (field.kind() == FieldKind.TAGS) {
      @SuppressWarnings("unchecked")
      LinkedHashSet<String> union = new LinkedHashSet<>((List<String>) current);
      @SuppressWarnings("unchecked")
      List<String> more = (List<String>) incoming;
      union.addAll(more);
      return union.size() == ((List<?>) current).size() ? current : new ArrayList<>(union);
    }
    if (field.kind() == FieldKind.ATTRIBUTES) {
      @SuppressWarnings("unchecked")
      Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) current);
      @SuppressWarnings("unchecked")
      Map<String, Object> more = (Map<String, Object>) incoming;
      more.forEach(
          (key, value) -> {
            if (overwrite) {
              merged.put(key, value);
            } else {
              merged.putIfAbsent(key, value);
            }
          });
      return merged.equals(current) ? current : merged;
    }
    return overwrite ? incoming : current;
  }

  /** Opposition is never lifted by an import, a known answer never replaced by "unknown". */
  static String consent(String current, String incoming) {
    ConsentStatus was = ConsentStatus.valueOf(current.toUpperCase(java.util.Locale.ROOT));
    ConsentStatus now = ConsentStatus.valueOf(incoming.toUpperCase(java.util.Locale.ROOT));
    if (was == ConsentStatus.DENIED || was == ConsentStatus.WITHDRAWN) {
      return current;
    }
    if (now == ConsentStatus.UNKNOWN) {
      return current;
    }
    return incoming;
  }
}
