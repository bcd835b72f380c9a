package io.vivier.user;

/** A token just created: the only moment its secret is known. */
public record NewToken(ApiToken token, String secret) {}
