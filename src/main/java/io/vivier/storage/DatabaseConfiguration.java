package io.vivier.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Connects to SQLite (the default, a file in the data folder) or PostgreSQL. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VivierProperties.class)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(VivierProperties properties) {
    String url = properties.jdbcUrl();
    Dialect dialect = Dialect.of(url);
    HikariConfig config = new HikariConfig();
    config.setPoolName("vivier");
    config.setMaximumPoolSize(properties.db().poolSize());
    if (dialect == Dialect.SQLITE) {
      config.setDataSource(sqlite(url));
    } else {
      config.setJdbcUrl(url);
    }
    return new HikariDataSource(config);
  }

  @Bean
  Database database(DataSource dataSource, VivierProperties properties) {
    String url = properties.jdbcUrl();
    Database database = new Database(dataSource, Dialect.of(url), url);
    if (properties.db().migrateOnStart()) {
      var result = database.migrate();
      log.info(
          "Database {} at schema version {} ({} migration(s) applied)",
          database.displayUrl(),
          result.targetSchemaVersion != null
              ? result.targetSchemaVersion
              : database.migrationInfo().current().getVersion(),
          result.migrationsExecuted);
    }
    return database;
  }

  /**
   * WAL lets readers go on while one connection writes; transactions begin IMMEDIATE so that two
   * writers queue on the busy timeout instead of failing with SQLITE_BUSY when both upgrade a read
   * lock.
   */
  private static DataSource sqlite(String url) {
    createParentFolder(url);
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(15_000);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    // 64 MB of page cache a connection (the default is 2 MB): bulk writes touch every index
    config.setCacheSize(-65_536);
    // checkpoint the WAL every 32 MB rather than 4: a bulk import commits every few MB, and each
    // checkpoint waits for the disk twice
    config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "8192");
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(url);
    return dataSource;
  }

  private static void createParentFolder(String url) {
    String file = url.substring("jdbc:sqlite:".length());
    int query = file.indexOf('?');
    if (query >= 0) {
      file = file.substring(0, query);
    }
    if (file.isEmpty() || file.equals(":memory:") || file.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + parent, e);
    }
  }
}
