package io.vivier.cli;

import io.vivier.storage.Database;
import io.vivier.storage.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.MigrationInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Database schema and backups.",
    subcommands = {DbCommand.Migrate.class, DbCommand.Info.class, DbCommand.Backup.class})
public class DbCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static final String NO_MIGRATION = "--vivier.db.migrate-on-start=false";

  @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply pending schema migrations.")
  static class Migrate implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Override
    public Integer call() {
      try (var context = CliContext.open(database, NO_MIGRATION)) {
        Database db = context.getBean(Database.class);
        var result = db.migrate();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("database", db.displayUrl());
        out.put("migrations_applied", result.migrationsExecuted);
        out.put("schema_version", db.migrationInfo().current() == null ? null : db.migrationInfo().current().getVersion().toString());
        json.print(out, () -> System.out.println("Applied " + result.migrationsExecuted + " migration(s) to "
            + db.displayUrl() + "; schema version " + out.get("schema_version") + "."));
      }
      return 0;
    }
  }

  @Command(name = "info", mixinStandardHelpOptions = true, description = "Show the database, its schema version and pending migrations.")
  static class Info implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Override
    public Integer call() {
      try (var context = CliContext.open(database, NO_MIGRATION)) {
        Database db = context.getBean(Database.class);
        var info = db.migrationInfo();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("database", db.displayUrl());
        out.put("dialect", db.dialect().name().toLowerCase());
        out.put("schema_version", info.current() == null ? null : info.current().getVersion().toString());
        List<String> pending = new ArrayList<>();
        for (MigrationInfo m : info.pending()) {
          pending.add(m.getVersion() + " " + m.getDescription());
        }
        out.put("pending_migrations", pending);
        if (info.current() != null) {
          for (String table : List.of("people", "companies", "activities", "users")) {
            out.put(table, db.sql().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
          }
        }
        json.print(out, () -> out.forEach((k, v) -> System.out.printf("%-20s %s%n", k.replace('_', ' '), v)));
      }
      return 0;
    }
  }

  @Command(
      name = "backup",
      mixinStandardHelpOptions = true,
      description = {
        "Write a consistent copy of the base to FILE while Vivier keeps running.",
        "SQLite: a compacted database file (VACUUM INTO); open it with --db jdbc:sqlite:FILE.",
        "PostgreSQL: a pg_dump archive in custom format (pg_dump must be installed); restore with pg_restore."
      })
  static class Backup implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(paramLabel = "FILE") Path file;

    @Override
    public Integer call() throws Exception {
      Path target = file.toAbsolutePath().normalize();
      if (Files.exists(target)) {
        throw new UserInputException(target + " already exists; choose a new file name");
      }
      if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
        throw new UserInputException("the folder " + target.getParent() + " does not exist");
      }
      try (var context = CliContext.open(database, NO_MIGRATION)) {
        Database db = context.getBean(Database.class);
        if (db.dialect() == Dialect.SQLITE) {
          // one read transaction: a consistent snapshot even while the server writes (WAL)
          db.sql().sql("VACUUM INTO ?").param(target.toString()).update();
        } else {
          pgDump(db.url(), target);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("database", db.displayUrl());
        out.put("file", target.toString());
        out.put("bytes", Files.size(target));
        json.print(out, () -> System.out.println("Backed up " + db.displayUrl() + " to " + target + " ("
            + out.get("bytes") + " bytes)."));
      }
      return 0;
    }

    private static void pgDump(String url, Path target) throws IOException, InterruptedException {
      Properties props = org.postgresql.Driver.parseURL(url, null);
      if (props == null) {
        throw new UserInputException("cannot read the PostgreSQL URL " + io.vivier.storage.DatabaseUrls.masked(url));
      }
      List<String> command = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-owner", "--file=" + target,
          "--host=" + props.getProperty("PGHOST", "localhost"), "--port=" + props.getProperty("PGPORT", "5432")));
      if (props.getProperty("user") != null) {
        command.add("--username=" + props.getProperty("user"));
      }
      command.add(props.getProperty("PGDBNAME"));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      if (props.getProperty("password") != null) {
        builder.environment().put("PGPASSWORD", props.getProperty("password"));
      }
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new UserInputException("pg_dump is needed to back up PostgreSQL and was not found on the PATH;"
            + " install the PostgreSQL client tools (Debian: postgresql-client)");
      }
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        Files.deleteIfExists(target);
        throw new UserInputException("pg_dump failed: " + output.strip());
      }
    }
  }
}
