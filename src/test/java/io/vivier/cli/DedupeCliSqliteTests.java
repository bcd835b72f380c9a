package io.vivier.cli;

import io.vivier.support.TestDatabases;

class DedupeCliSqliteTests extends DedupeCliContract {

  @Override
  String freshDatabase() {
    return TestDatabases.sqlite();
  }
}
