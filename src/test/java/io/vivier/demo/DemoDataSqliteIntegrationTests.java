package io.vivier.demo;

import io.vivier.support.OnSqlite;

@OnSqlite
class DemoDataSqliteIntegrationTests extends DemoDataContract {}
