package io.vivier.prospect;

/**
 * Published, in the writing transaction, after a person was created or changed one at a time
 * (API, form): features that derive values from people (scores) update theirs. Bulk writes
 * (imports, merges) publish none; their derived values are recomputed in bulk.
 */
public record PersonChanged(long personId) {}
