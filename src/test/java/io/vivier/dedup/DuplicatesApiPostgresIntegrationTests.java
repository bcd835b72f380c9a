package io.vivier.dedup;

import io.vivier.support.OnPostgres;

@OnPostgres
class DuplicatesApiPostgresIntegrationTests extends DuplicatesApiContract {}
