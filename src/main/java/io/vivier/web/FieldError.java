package io.vivier.web;

/** One bad field of a request or a form: its name and what is wrong with it, in plain words. */
public record FieldError(String field, String message) {}
