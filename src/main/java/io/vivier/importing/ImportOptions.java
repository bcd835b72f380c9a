package io.vivier.importing;

import java.time.Instant;
import java.util.Map;

/**
 * How to import one file.
 *
 * @param fileName the name shown to the user and recorded (an upload's original name)
 * @param source the prospects' source (e.g. "Salon VivaTech 2026"), filled where the row has none
 * @param defaultCountry ISO code used to read phone numbers of rows that give no country
 * @param overrides header → target, over the automatic mapping (and over the profile's)
 * @param profile a saved mapping to start from, or null
 * @param saveProfile a name to save the mapping used under, or null
 * @param asOf when the file's data was true, for {@link ImportPolicy#NEWEST}; null: the file's time
 * @param actor who imports
 */
public record ImportOptions(
    String fileName,
    String source,
    String defaultCountry,
    ImportPolicy policy,
    boolean dryRun,
    Map<String, String> overrides,
    String profile,
    String saveProfile,
    Readers.ReadOptions read,
    Instant asOf,
    String actor) {

  public ImportOptions {
    policy = policy == null ? ImportPolicy.FILL : policy;
    overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    read = read == null ? Readers.ReadOptions.DEFAULTS : read;
    defaultCountry = defaultCountry == null ? "FR" : defaultCountry;
  }

  /**
   * Options as a user types them (CLI flags, form and query parameters); null or blank means the
   * default. Throws IllegalArgumentException naming the option and what is wrong with it.
   */
  public static ImportOptions parse(String fileName, String policy, String source, String defaultCountry, String map,
      String profile, String saveProfile, String sheet, String encoding, String delimiter, String asOf, boolean dryRun,
      String actor) {
    ImportPolicy importPolicy = blank(policy) ? ImportPolicy.FILL : ImportPolicy.parse(policy);
    Map<String, String> overrides = blank(map) ? Map.of() : HeaderMapper.parseOverrides(map);
    String country = blank(defaultCountry) ? "FR"
        : io.vivier.quality.CountryNames.code(defaultCountry)
            .orElseThrow(() -> new IllegalArgumentException("default country: not a country: " + defaultCountry));
    java.nio.charset.Charset charset = null;
    if (!blank(encoding)) {
      try {
        charset = java.nio.charset.Charset.forName(encoding.strip());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("encoding: unknown charset " + encoding);
      }
    }
    Character delimiterChar = null;
    if (delimiter != null && !delimiter.isEmpty()) {
      String d = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
      if (d.length() != 1) {
        throw new IllegalArgumentException("delimiter: one character, such as ; or , or \\t");
      }
      delimiterChar = d.charAt(0);
    }
    Instant asOfInstant = null;
    if (!blank(asOf)) {
      try {
        asOfInstant = java.time.LocalDate.parse(asOf.strip()).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("as of: not a date YYYY-MM-DD: " + asOf);
      }
    }
    return new ImportOptions(fileName, strip(source), country, importPolicy, dryRun, overrides, strip(profile), strip(saveProfile),
        new Readers.ReadOptions(strip(sheet), charset, delimiterChar), asOfInstant, actor);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String strip(String text) {
    return blank(text) ? null : text.strip();
  }

  /** Defaults for {@code actor} importing a file: fill policy, France, no source. */
  public static ImportOptions of(String fileName, String actor) {
    return new ImportOptions(fileName, null, "FR", ImportPolicy.FILL, false, Map.of(), null, null, null, null, actor);
  }

  public ImportOptions withPolicy(ImportPolicy value) {
    return new ImportOptions(fileName, source, defaultCountry, value, dryRun, overrides, profile, saveProfile, read, asOf, actor);
  }

  public ImportOptions withDryRun(boolean value) {
    return new ImportOptions(fileName, source, defaultCountry, policy, value, overrides, profile, saveProfile, read, asOf, actor);
  }

  public ImportOptions withSource(String value) {
    return new ImportOptions(fileName, value, defaultCountry, policy, dryRun, overrides, profile, saveProfile, read, asOf, actor);
  }

  public ImportOptions withOverrides(Map<String, String> value) {
    return new ImportOptions(fileName, source, defaultCountry, policy, dryRun, value, profile, saveProfile, read, asOf, actor);
  }

  public ImportOptions withAsOf(Instant value) {
    return new ImportOptions(fileName, source, defaultCountry, policy, dryRun, overrides, profile, saveProfile, read, value, actor);
  }
}
