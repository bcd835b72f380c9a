package io.vivier.importing;

import io.vivier.support.OnSqlite;
import org.springframework.test.context.TestPropertySource;

/** With the base's keys in memory, as large imports run. */
@OnSqlite
@TestPropertySource(properties = "vivier.import.key-index=memory")
class ImporterSqliteIntegrationTests extends ImporterContract {}
