package io.vivier.segment;

import io.vivier.support.OnSqlite;

@OnSqlite
class FilterEquivalenceSqliteIntegrationTests extends FilterEquivalenceContract {}
