package io.vivier.cli;

import io.vivier.support.TestDatabases;

class ImportExportCliSqliteTests extends ImportExportCliContract {

  @Override
  String freshDatabase() {
    return TestDatabases.sqlite();
  }
}
