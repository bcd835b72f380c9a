package io.vivier.importing;

import io.vivier.quality.Text;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The user's own mapping: the {@code --map "Column=field,Other=field"} option and the targets it
 * may name. Errors are IllegalArgumentException with a message fit for the user.
 */
final class OverrideSpec {

  private static final String EXAMPLE = "write Column=field, e.g. --map \"Raison sociale=company_name\"";

  private OverrideSpec() {}

  /**
   * A valid override target.
   *
   * @param target a target of {@link HeaderMapper#targets()}
   * @param attributeKey the key given with "attribute:key"; null for any other target, plain
   *     "attribute" included (its key is made from the header)
   */
  record Target(String target, String attributeKey) {

    /** True for the targets any number of columns may share: ignore, and attribute without a key. */
    boolean shareable() {
      return target.equals(HeaderMapper.IGNORE) || target.equals(HeaderMapper.ATTRIBUTE) && attributeKey == null;
    }

    @Override
    public String toString() {
      return attributeKey == null ? target : target + ":" + attributeKey;
    }
  }

  /** See {@link HeaderMapper#parseOverrides}. */
  static Map<String, String> parse(String spec) {
    Map<String, String> overrides = new LinkedHashMap<>();
    if (spec == null || spec.isBlank()) {
      return overrides;
    }
    StringBuilder entry = new StringBuilder();
    int equals = -1;
    boolean quoted = false;
    for (int i = 0; i <= spec.length(); i++) {
      char c = i < spec.length() ? spec.charAt(i) : ',';
      if (quoted) {
        if (i == spec.length()) {
          throw new IllegalArgumentException("--map: unterminated quote in " + spec);
        }
        if (c == '"' && i + 1 < spec.length() && spec.charAt(i + 1) == '"') {
          entry.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          entry.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',' || c == ';') {
        add(overrides, entry.toString(), equals);
        entry.setLength(0);
        equals = -1;
      } else {
        if (c == '=') {
          equals = entry.length();
        }
        entry.append(c);
      }
    }
    return overrides;
  }

  // equals: where the last '=' outside quotes is in the entry, -1 if none
  private static void add(Map<String, String> overrides, String entry, int equals) {
    if (entry.isBlank()) {
      return;
    }
    if (equals < 0) {
      throw new IllegalArgumentException("--map: '" + entry.strip() + "' has no '=field'; " + EXAMPLE);
    }
    String column = entry.substring(0, equals).strip();
    String field = entry.substring(equals + 1).strip();
    if (column.isEmpty()) {
      throw new IllegalArgumentException("--map: '" + entry.strip() + "' has no column name; " + EXAMPLE);
    }
    if (field.isEmpty()) {
      throw new IllegalArgumentException("--map: '" + entry.strip() + "' has no field; " + EXAMPLE);
    }
    Target target;
    try {
      target = target(field, column);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--map: " + e.getMessage());
    }
    if (overrides.putIfAbsent(column, target.toString()) != null) {
      throw new IllegalArgumentException("--map: column '" + column + "' is given twice");
    }
  }

  /**
   * Reads a target as the user typed it: case, accents and the separators in "company name" or
   * "Company-Name" do not matter; "attribute:key" names a custom attribute.
   */
  static Target target(String typed, String column) {
    String raw = typed == null ? "" : typed.strip();
    if (raw.isEmpty()) {
      throw new IllegalArgumentException("no field for column '" + column + "'");
    }
    String prefix = HeaderMapper.ATTRIBUTE + ":";
    if (Text.fold(raw).startsWith(prefix)) {
      String key = raw.substring(prefix.length()).strip();
      if (!HeaderSynonyms.validAttributeKey(key)) {
        throw new IllegalArgumentException("attribute key '" + key + "' for column '" + column
            + "' must be 1 to 64 letters, digits, spaces, '_', '.' or '-'");
      }
      return new Target(HeaderMapper.ATTRIBUTE, key);
    }
    String key = HeaderSynonyms.key(raw);
    for (String target : HeaderMapper.targets()) {
      if (HeaderSynonyms.key(target).equals(key)) {
        return new Target(target, null);
      }
    }
    String message = "unknown field '" + raw + "' for column '" + column + "'";
    Optional<String> suggestion = suggestTarget(raw);
    if (suggestion.isPresent()) {
      throw new IllegalArgumentException(message + "; did you mean '" + suggestion.get() + "'?");
    }
    throw new IllegalArgumentException(message + "; fields are " + String.join(", ", HeaderMapper.targets())
        + ", and attribute:<key> for a custom attribute of your choice");
  }

  // A header spelling typed as a target ("entreprise") suggests what it means; else the nearest name.
  private static Optional<String> suggestTarget(String raw) {
    Optional<HeaderSynonyms.Entry> spelling = HeaderSynonyms.standard().find(raw);
    if (spelling.isPresent()) {
      return Optional.of(spelling.get().target());
    }
    return closest(raw, HeaderMapper.targets());
  }

  /**
   * The candidate nearest to {@code typed} by edit distance on folded text, if one is near enough
   * to be a typo: at most 1 edit for up to 4 characters, 2 up to 8, 3 beyond. Ties go to the
   * earlier candidate.
   */
  static Optional<String> closest(String typed, Collection<String> candidates) {
    String folded = Text.fold(typed).strip();
    int threshold = folded.length() <= 4 ? 1 : folded.length() <= 8 ? 2 : 3;
    LevenshteinDistance distance = new LevenshteinDistance(threshold);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance.apply(folded, Text.fold(candidate));
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** An unmodifiable copy, keeping the order. */
  static Map<String, String> frozen(Map<String, String> overrides) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
  }
}
