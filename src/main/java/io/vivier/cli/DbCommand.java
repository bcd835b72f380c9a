package io.vivier.cli;

import io.vivier.storage.Database;
import io.vivier.storage.Backups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
          out.putAll(db.rowCounts());
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
      try (var context = CliContext.open(database, NO_MIGRATION)) {
        Database db = context.getBean(Database.class);
        try {
          Backups.backup(db, target);
        } catch (Backups.BackupException e) {
          throw new UserInputException(e.getMessage());
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
  }
}
