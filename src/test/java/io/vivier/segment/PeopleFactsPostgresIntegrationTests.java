package io.vivier.segment;

import io.vivier.support.OnPostgres;

@OnPostgres
class PeopleFactsPostgresIntegrationTests extends PeopleFactsContract {}
