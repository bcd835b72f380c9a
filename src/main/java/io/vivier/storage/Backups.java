package io.vivier.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Online, consistent backups of the base while Vivier keeps running. */
public final class Backups {

  private Backups() {}

  /** A backup that cannot be made for a reason the user can fix; the message says which. */
  public static class BackupException extends RuntimeException {
    public BackupException(String message) {
      super(message);
    }
  }

  /**
   * SQLite: {@code VACUUM INTO} copies the base in one read transaction, so the copy is a
   * consistent snapshot even while the server writes (WAL). PostgreSQL: {@code pg_dump}, which
   * also reads one snapshot, in custom format for {@code pg_restore}.
   */
  public static void backup(Database db, Path target) {
    if (Files.exists(target)) {
      throw new BackupException(target + " already exists; choose a new file name");
    }
    Path folder = target.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new BackupException("the folder " + folder + " does not exist");
    }
    if (db.dialect() == Dialect.SQLITE) {
      db.sql().sql("VACUUM INTO ?").param(target.toAbsolutePath().toString()).update();
    } else {
      pgDump(db.url(), target);
    }
  }

  private static void pgDump(String url, Path target) {
    Properties props = org.postgresql.Driver.parseURL(url, null);
    if (props == null) {
      throw new BackupException("cannot read the PostgreSQL URL " + DatabaseUrls.masked(url));
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--file=" + target.toAbsolutePath(),
                "--host=" + props.getProperty("PGHOST", "localhost"),
                "--port=" + props.getProperty("PGPORT", "5432")));
    if (props.getProperty("user") != null) {
      command.add("--username=" + props.getProperty("user"));
    }
    command.add(props.getProperty("PGDBNAME"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (props.getProperty("password") != null) {
      builder.environment().put("PGPASSWORD", props.getProperty("password"));
    }
    try {
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new BackupException(
            "pg_dump is needed to back up PostgreSQL and was not found on the PATH;"
                + " install the PostgreSQL client tools (Debian: postgresql-client)");
      }
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        Files.deleteIfExists(target);
        throw new BackupException("pg_dump failed: " + output.strip());
      }
    } catch (IOException e) {
      throw new BackupException("backup to " + target + " failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackupException("backup interrupted");
    }
  }
}
