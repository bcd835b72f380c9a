package io.vivier.prospect;

import io.vivier.support.OnSqlite;

@OnSqlite
class FreeMailBackfillSqliteIntegrationTests extends FreeMailBackfillContract {}
