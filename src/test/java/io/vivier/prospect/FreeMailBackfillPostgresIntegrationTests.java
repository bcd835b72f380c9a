package io.vivier.prospect;

import io.vivier.support.OnPostgres;

@OnPostgres
class FreeMailBackfillPostgresIntegrationTests extends FreeMailBackfillContract {}
