package io.vivier.importing;

import io.vivier.support.OnSqlite;

@OnSqlite
class ImporterSqliteIntegrationTests extends ImporterContract {}
