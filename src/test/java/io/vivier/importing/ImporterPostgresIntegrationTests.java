package io.vivier.importing;

import io.vivier.support.OnPostgres;
import org.springframework.test.context.TestPropertySource;

/** With the base's keys in memory, as large imports run. */
@OnPostgres
@TestPropertySource(properties = "vivier.import.key-index=memory")
class ImporterPostgresIntegrationTests extends ImporterContract {}
