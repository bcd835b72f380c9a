package io.vivier.scoring;

import io.vivier.support.OnPostgres;

@OnPostgres
class ScoringApiPostgresIntegrationTests extends ScoringApiContract {}
