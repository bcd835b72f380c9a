package io.vivier.segment;

import io.vivier.support.OnSqlite;

@OnSqlite
class PeopleFactsSqliteIntegrationTests extends PeopleFactsContract {}
