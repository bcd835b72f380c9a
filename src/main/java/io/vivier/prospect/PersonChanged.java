package io.vivier.prospect;

/**
 * Published, in the writing transaction, after a person was created or changed one at a time
 * (API, form): features that derive values from people (scores) update theirs. Writes of many
 * people at once publish {@link PeopleChanged} instead.
 */
public record PersonChanged(long personId) {}
