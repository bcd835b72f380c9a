package io.vivier.importing;

import io.vivier.support.OnSqlite;
import org.springframework.test.context.TestPropertySource;

/** With keys looked up by queries per chunk, as small imports into a large base run. */
@OnSqlite
@TestPropertySource(properties = "vivier.import.key-index=queries")
class ImporterSqliteQueriesIntegrationTests extends ImporterContract {}
