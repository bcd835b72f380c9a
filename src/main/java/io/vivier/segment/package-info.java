/**
 * Segments: the filter language (lexer, parser, field catalogue), its compiler to parameterised
 * SQL for SQLite and PostgreSQL and its in-memory evaluator, saved segments and static lists,
 * counts and facet counts, with their REST endpoints.
 */
package io.vivier.segment;
