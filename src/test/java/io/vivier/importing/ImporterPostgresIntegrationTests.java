package io.vivier.importing;

import io.vivier.support.OnPostgres;

@OnPostgres
class ImporterPostgresIntegrationTests extends ImporterContract {}
