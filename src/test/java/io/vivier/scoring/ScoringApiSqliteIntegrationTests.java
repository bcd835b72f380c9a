package io.vivier.scoring;

import io.vivier.support.OnSqlite;

@OnSqlite
class ScoringApiSqliteIntegrationTests extends ScoringApiContract {}
