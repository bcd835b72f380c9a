package io.vivier.importing;

import java.time.Instant;
import java.util.Map;

/**
 * How to import one file.
 *
 * @param fileName the name shown to the user and recorded (an upload's original name)
 * @param source the prospects' source (e.g. "Salon VivaTech 2026"), filled where the row has none
 * @param defaultCountry ISO code used to read phone numbers and as the country of rows without one
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
