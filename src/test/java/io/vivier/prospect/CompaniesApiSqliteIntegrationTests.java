package io.vivier.prospect;

import io.vivier.support.OnSqlite;

@OnSqlite
class CompaniesApiSqliteIntegrationTests extends CompaniesApiContract {}
