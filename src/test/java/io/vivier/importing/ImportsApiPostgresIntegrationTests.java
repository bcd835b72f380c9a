package io.vivier.importing;

import io.vivier.support.OnPostgres;

@OnPostgres
class ImportsApiPostgresIntegrationTests extends ImportsApiContract {}
