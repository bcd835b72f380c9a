package io.vivier.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Vivier's own settings. Each can be given as a flag ({@code --vivier.db.url=…}, or the short
 * forms the CLI offers), an environment variable ({@code VIVIER_DB_URL}, {@code VIVIER_DATA_DIR},
 * {@code VIVIER_ADMIN_PASSWORD}) or in {@code application.properties}.
 *
 * @param dataDir folder for the embedded database and backups; created on first start
 * @param db database settings
 * @param adminPassword password of the first admin account; a random one is printed when unset
 */
@ConfigurationProperties("vivier")
public record VivierProperties(Path dataDir, Db db, String adminPassword) {

  public VivierProperties {
    if (dataDir == null) {
      dataDir = Path.of("vivier-data");
    }
    if (db == null) {
      db = new Db(null, true, 10);
    }
  }

  /**
   * @param url JDBC URL; the embedded SQLite file in the data folder when empty
   * @param migrateOnStart whether to apply pending migrations when the application starts
   * @param poolSize maximum connections in the pool
   */
  public record Db(String url, Boolean migrateOnStart, Integer poolSize) {
    public Db {
      if (migrateOnStart == null) {
        migrateOnStart = true;
      }
      if (poolSize == null) {
        poolSize = 10;
      }
    }
  }

  /** The JDBC URL to use: the configured one, else the embedded file in the data folder. */
  public String jdbcUrl() {
    return db.url() == null || db.url().isBlank() ? DatabaseUrls.sqliteIn(dataDir) : db.url();
  }
}
