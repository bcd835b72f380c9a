package io.vivier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.support.PostgresAvailable;
import io.vivier.support.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresAvailable.class)
class CliPostgresTests extends CliContract {

  @Override
  String freshDatabase() {
    return TestDatabases.postgres();
  }

  /** pg_restore into another fresh database, then read the users there. */
  @Override
  void assertRestorable(Path backup) throws Exception {
    String restored = TestDatabases.postgres();
    var props = org.postgresql.Driver.parseURL(restored, null);
    Process process =
        new ProcessBuilder("pg_restore", "--no-owner", "--host=" + props.getProperty("PGHOST"),
                "--port=" + props.getProperty("PGPORT"), "--username=" + props.getProperty("user"),
                "--dbname=" + props.getProperty("PGDBNAME"), backup.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
    assertThat(users(restored)).isEqualTo(1);
  }
}
