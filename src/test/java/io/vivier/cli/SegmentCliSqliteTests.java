package io.vivier.cli;

import io.vivier.support.TestDatabases;

class SegmentCliSqliteTests extends SegmentCliContract {

  @Override
  String freshDatabase() {
    return TestDatabases.sqlite();
  }
}
