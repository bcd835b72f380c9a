package io.vivier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.support.Cli;
import io.vivier.support.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user and db commands on a fresh base of each database kind. */
abstract class CliContract {

  String db;
  @TempDir Path dir;

  abstract String freshDatabase();

  @BeforeEach
  void freshBase() {
    db = freshDatabase();
  }

  @Test
  void addsListsAndRefusesDuplicateUsers() {
    Result added = Cli.runWithInput("a-long-enough-password\n", "user", "add", "Alice", "--role", "sales",
        "--password-stdin", "--db", db);
    assertThat(added.exitCode()).as(added.toString()).isZero();
    assertThat(added.out()).contains("Added user alice (sales)");

    Result generated = Cli.run("user", "add", "bob", "--role", "MARKETING", "--db", db, "--json");
    assertThat(generated.exitCode()).as(generated.toString()).isZero();
    assertThat(generated.out()).contains("\"password\" :");

    Result list = Cli.run("user", "list", "--db", db, "--json");
    assertThat(list.out()).contains("\"username\" : \"alice\"").contains("\"username\" : \"bob\"")
        .doesNotContain("password");

    Result duplicate = Cli.runWithInput("a-long-enough-password\n", "user", "add", "alice", "--role", "sales",
        "--password-stdin", "--db", db);
    assertThat(duplicate.exitCode()).isEqualTo(1);
    assertThat(duplicate.err()).contains("a user named 'alice' already exists").doesNotContain("Exception");

    Result badRole = Cli.run("user", "add", "carol", "--role", "boss", "--db", db);
    assertThat(badRole.exitCode()).isEqualTo(1);
    assertThat(badRole.err()).contains("--role: 'boss' is not a role");

    Result shortPassword = Cli.runWithInput("short\n", "user", "add", "dave", "--role", "sales", "--password-stdin", "--db", db);
    assertThat(shortPassword.exitCode()).isEqualTo(1);
    assertThat(shortPassword.err()).contains("password: at least 12 characters");
  }

  @Test
  void createsListsAndRevokesTokens() {
    Cli.run("user", "add", "erin", "--role", "admin", "--db", db);

    Result token = Cli.run("user", "token", "erin", "--name", "crm-sync", "--db", db);
    assertThat(token.exitCode()).as(token.toString()).isZero();
    String secret = token.out().strip();
    assertThat(secret).startsWith("viv_").hasSizeGreaterThan(40);

    Result tokens = Cli.run("user", "tokens", "erin", "--db", db);
    assertThat(tokens.out()).contains("crm-sync").contains("active").doesNotContain(secret);

    Result revoked = Cli.run("user", "revoke-token", "1", "--db", db);
    assertThat(revoked.exitCode()).as(revoked.toString()).isZero();
    assertThat(Cli.run("user", "tokens", "--db", db).out()).contains("revoked");
    assertThat(Cli.run("user", "revoke-token", "999", "--db", db).exitCode()).isEqualTo(1);
    assertThat(Cli.run("user", "token", "nobody", "--db", db).err()).contains("user nobody does not exist");
  }

  @Test
  void migratesAndDescribesTheBase() {
    Result before = Cli.run("db", "info", "--db", db, "--json");
    assertThat(before.exitCode()).as(before.toString()).isZero();
    assertThat(before.out()).contains("\"schema_version\" : null").contains("1 foundation").contains("2 imports").contains("3 import speed").contains("4 merges").contains("5 duplicates").contains("6 match models").contains("7 segments").contains("8 filter indexes").contains("9 scoring").contains("10 people facts");

    Result migrate = Cli.run("db", "migrate", "--db", db);
    assertThat(migrate.exitCode()).isZero();
    assertThat(migrate.out()).contains("Applied 10 migration(s)");

    Result after = Cli.run("db", "info", "--db", db, "--json");
    assertThat(after.out()).contains("\"schema_version\" : \"10\"").contains("\"pending_migrations\" : [ ]")
        .contains("\"people\" : 0");
    assertThat(Cli.run("db", "migrate", "--db", db).out()).contains("Applied 0 migration(s)");
  }

  @Test
  void backsUpTheBaseToANewFile() throws Exception {
    Cli.run("user", "add", "frank", "--role", "sales", "--db", db);
    Path backup = dir.resolve("backup.db");

    Result result = Cli.run("db", "backup", backup.toString(), "--db", db);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.size(backup)).isPositive();
    assertRestorable(backup);
    Result again = Cli.run("db", "backup", backup.toString(), "--db", db);
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("already exists");
  }

  /** Checks the backup holds the users; each database kind restores differently. */
  abstract void assertRestorable(Path backup) throws Exception;

  static long users(String jdbcUrl) throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM users WHERE username = 'frank'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void refusesAnUnsupportedDatabaseUrlWithAMessage() {
    Result result = Cli.run("db", "info", "--db", "jdbc:mysql://localhost/x");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("unsupported database URL").doesNotContain("at io.vivier");
  }

  @Test
  void explainsADatabaseThatCannotBeReached() {
    Result result = Cli.run("db", "info", "--db", "jdbc:postgresql://127.0.0.1:1/nowhere?user=x");
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains("cannot connect to the database").doesNotContain("at io.vivier");
  }

  @Test
  void reportsUsageErrorsWithExitCodeTwo() {
    Result result = Cli.run("user", "add");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required");
    assertThat(Cli.run("--help").out()).contains("serve").contains("user").contains("db").contains("demo");
  }
}
