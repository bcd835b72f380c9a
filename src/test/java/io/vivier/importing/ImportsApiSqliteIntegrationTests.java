package io.vivier.importing;

import io.vivier.support.OnSqlite;

@OnSqlite
class ImportsApiSqliteIntegrationTests extends ImportsApiContract {}
