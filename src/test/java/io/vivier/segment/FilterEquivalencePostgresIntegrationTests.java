package io.vivier.segment;

import io.vivier.support.OnPostgres;

@OnPostgres
class FilterEquivalencePostgresIntegrationTests extends FilterEquivalenceContract {}
