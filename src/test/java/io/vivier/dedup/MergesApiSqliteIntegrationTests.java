package io.vivier.dedup;

import io.vivier.support.OnSqlite;

@OnSqlite
class MergesApiSqliteIntegrationTests extends MergesApiContract {}
