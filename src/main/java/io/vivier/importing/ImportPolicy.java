package io.vivier.importing;

import java.util.Locale;

/** What an import does to a field that the matched record already has. */
public enum ImportPolicy {
  /** Only empty fields are filled; what the base holds wins (the default). */
  FILL,
  /** Values of the file replace those of the base (empty cells never clear a field). */
  OVERWRITE,
  /**
   * The file's values win over records last changed before the file was made (its modification
   * time, or the time given with the import), otherwise only empty fields are filled.
   */
  NEWEST;

  /** Reads "fill", "overwrite" or "newest", any case. */
  public static ImportPolicy parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown policy '" + text + "': choose fill, overwrite or newest");
    }
  }
}
