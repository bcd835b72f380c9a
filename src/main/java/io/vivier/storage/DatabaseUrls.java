package io.vivier.storage;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Builds and displays database URLs. */
public final class DatabaseUrls {

  private static final Pattern PASSWORD =
      Pattern.compile("(?i)(password=)[^&;]*|(//[^:/@]+:)[^@]*(@)");

  private DatabaseUrls() {}

  /** The embedded database inside a data folder. */
  public static String sqliteIn(Path dataDir) {
    return "jdbc:sqlite:" + dataDir.resolve("vivier.db").toAbsolutePath().normalize();
  }

  /** The URL with any password replaced by stars, safe to print and log. */
  public static String masked(String url) {
    if (url == null) {
      return null;
    }
    return PASSWORD
        .matcher(url)
        .replaceAll(
            m -> m.group(1) != null ? m.group(1) + "****" : m.group(2) + "****" + m.group(3));
  }
}
