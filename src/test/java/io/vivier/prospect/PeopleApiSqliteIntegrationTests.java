package io.vivier.prospect;

import io.vivier.support.OnSqlite;

@OnSqlite
class PeopleApiSqliteIntegrationTests extends PeopleApiContract {}
