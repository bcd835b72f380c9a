package io.vivier.cli;

import io.vivier.support.PostgresAvailable;
import io.vivier.support.TestDatabases;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresAvailable.class)
class SegmentCliPostgresTests extends SegmentCliContract {

  @Override
  String freshDatabase() {
    return TestDatabases.postgres();
  }
}
