package io.vivier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --db} and {@code --data-dir}, shared by every command that opens the base. */
public class DatabaseOptions {

  @Option(
      names = "--db",
      paramLabel = "URL",
      description = "JDBC URL: jdbc:postgresql://host:5432/db?user=…, or jdbc:sqlite:FILE."
          + " Default: $VIVIER_DB_URL, else the embedded SQLite file in the data folder.")
  String url;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Folder of the embedded database. Default: $VIVIER_DATA_DIR, else ./vivier-data.")
  Path dataDir;

  /** Spring properties for these options; unset options leave environment and defaults in force. */
  List<String> properties() {
    List<String> properties = new ArrayList<>();
    if (url != null) {
      properties.add("--vivier.db.url=" + url);
    }
    if (dataDir != null) {
      properties.add("--vivier.data-dir=" + dataDir);
    }
    return properties;
  }
}
