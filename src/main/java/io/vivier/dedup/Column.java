package io.vivier.dedup;

/**
 * One column of the input and what it is taken for.
 *
 * @param name the header as in the file
 * @param type what the column holds
 * @param reason why this type: "header", "content", "given", or why the column is ignored
 */
public record Column(String name, FieldType type, String reason) {}
