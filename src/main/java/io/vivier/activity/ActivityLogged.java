package io.vivier.activity;

/** Published, in the writing transaction, after an activity was logged for a person. */
public record ActivityLogged(long personId, long activityId) {}
