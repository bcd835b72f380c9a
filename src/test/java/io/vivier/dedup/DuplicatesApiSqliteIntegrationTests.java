package io.vivier.dedup;

import io.vivier.support.OnSqlite;

@OnSqlite
class DuplicatesApiSqliteIntegrationTests extends DuplicatesApiContract {}
