package io.vivier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.support.TestDatabases;
import java.nio.file.Path;

class CliSqliteTests extends CliContract {

  @Override
  String freshDatabase() {
    return TestDatabases.sqlite();
  }

  @Override
  void assertRestorable(Path backup) throws Exception {
    assertThat(users("jdbc:sqlite:" + backup)).isEqualTo(1);
  }
}
