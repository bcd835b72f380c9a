package io.vivier.demo;

import io.vivier.support.OnPostgres;

@OnPostgres
class DemoDataPostgresIntegrationTests extends DemoDataContract {}
