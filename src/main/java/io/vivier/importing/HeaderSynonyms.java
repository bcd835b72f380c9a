package io.vivier.importing;

import io.vivier.quality.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The table of known header spellings, read from {@code importing/header-synonyms.txt}. Headers are
 * compared by {@link #key}: folded, with everything but letters and digits dropped, so "E-mail",
 * "e_mail" and "EMAIL" are one spelling. Immutable and thread-safe once built.
 */
final class HeaderSynonyms {

  static final String RESOURCE = "importing/header-synonyms.txt";

  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[\\p{L}\\p{N}_.\\- ]{1,64}");
  private static final int MAX_SLUG = 64;

  /**
   * One known spelling.
   *
   * @param target a target of {@link HeaderMapper#targets()} or "attribute:key"
   * @param label where the spelling comes from, as the section of the file names it ("French
   *     synonym"), null for a target's own name
   * @param spelled the spelling as written in the table
   */
  record Entry(String target, String label, String spelled) {

    /** The reason shown to the user when a header is recognised through this entry. */
    String reason() {
      return label == null ? "exact name" : label + " '" + spelled + "'";
    }
  }

  private final Map<String, Entry> byKey;

  private HeaderSynonyms(Map<String, Entry> byKey) {
    this.byKey = Collections.unmodifiableMap(byKey);
  }

  /** The standard table, read once from the class path. */
  static HeaderSynonyms standard() {
    return Standard.TABLE;
  }

  private static final class Standard {
    static final HeaderSynonyms TABLE = load();

    private static HeaderSynonyms load() {
      InputStream in = HeaderSynonyms.class.getClassLoader().getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return parse(RESOURCE, reader.lines().toList(), HeaderMapper.targets());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /**
   * Reads a table: {@code [Section label]} lines name where the following spellings come from;
   * {@code target: spelling | spelling} lines list them; lines starting with {@code #} are comments. Each target's
   * own name is a spelling too. Throws IllegalStateException naming the line when a line is
   * malformed, names an unknown target, or gives a spelling that already means another target.
   */
  static HeaderSynonyms parse(String source, List<String> lines, Set<String> targets) {
    Map<String, Entry> byKey = new LinkedHashMap<>();
    for (String target : targets) {
      if (!target.equals(HeaderMapper.IGNORE) && !target.equals(HeaderMapper.ATTRIBUTE)) {
        byKey.put(key(target), new Entry(target, null, target));
      }
    }
    String label = null;
    for (int i = 0; i < lines.size(); i++) {
      String where = source + " line " + (i + 1) + ": ";
      String line = stripComment(lines.get(i)).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        label = line.substring(1, line.length() - 1).strip();
        continue;
      }
      int colon = line.indexOf(':', line.startsWith("attribute:") ? "attribute:".length() : 0);
      if (colon < 0) {
        throw new IllegalStateException(where + "expected 'target: spelling | spelling'");
      }
      if (label == null) {
        throw new IllegalStateException(where + "spellings must follow a [section] line");
      }
      String target = line.substring(0, colon).strip();
      checkTarget(where, target, targets);
      for (String spelling : line.substring(colon + 1).split("\\|")) {
        String spelled = spelling.strip();
        String key = key(spelled);
        if (key.isEmpty()) {
          throw new IllegalStateException(where + "empty spelling for " + target);
        }
        Entry known = byKey.get(key);
        if (known == null) {
          byKey.put(key, new Entry(target, label, spelled));
        } else if (!known.target().equals(target)) {
          throw new IllegalStateException(
              where + "'" + spelled + "' already means " + known.target() + " ('" + known.spelled() + "')");
        }
      }
    }
    return new HeaderSynonyms(byKey);
  }

  // Comments take whole lines: '#' may be part of a spelling ("# Employees").
  private static String stripComment(String line) {
    return line.strip().startsWith("#") ? "" : line;
  }

  private static void checkTarget(String where, String target, Set<String> targets) {
    if (target.startsWith(HeaderMapper.ATTRIBUTE + ":")) {
      String key = target.substring(HeaderMapper.ATTRIBUTE.length() + 1);
      if (!validAttributeKey(key)) {
        throw new IllegalStateException(where + "bad attribute key '" + key + "'");
      }
    } else if (!targets.contains(target) || target.equals(HeaderMapper.ATTRIBUTE)) {
      throw new IllegalStateException(where + "unknown target '" + target + "'");
    }
  }

  /** The entry for a header spelled any of the known ways, if any. */
  Optional<Entry> find(String header) {
    return Optional.ofNullable(byKey.get(key(header)));
  }

  /** How headers are compared: folded, letters and digits only. "Adresse e-mail" is "adresseemail". */
  static String key(String header) {
    return NOT_ALPHANUMERIC.matcher(Text.fold(header)).replaceAll("");
  }

  /**
   * A custom attribute key made from a header: folded, runs of anything but letters and digits
   * turned into one '_', at most {@value #MAX_SLUG} characters. "Budget 2025 (k€)" gives
   * "budget_2025_k". Empty when the header has no letter or digit.
   */
  static String slug(String header) {
    String slug = NOT_ALPHANUMERIC.matcher(Text.fold(header)).replaceAll("_");
    slug = trimUnderscores(slug);
    if (slug.length() > MAX_SLUG) {
      slug = trimUnderscores(slug.substring(0, MAX_SLUG));
    }
    return slug;
  }

  private static String trimUnderscores(String slug) {
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '_') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '_') {
      end--;
    }
    return slug.substring(start, end);
  }

  /** Keys custom attributes accept: 1 to 64 letters, digits, spaces, '_', '.' or '-'. */
  static boolean validAttributeKey(String key) {
    return ATTRIBUTE_KEY.matcher(key).matches();
  }
}
