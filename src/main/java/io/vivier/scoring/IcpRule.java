package io.vivier.scoring;

/**
 * One weighted rule of an ICP: the people matching {@code filter} (filter language) get
 * {@code points}, which may be negative (a free-mail address −20).
 */
public record IcpRule(String name, String filter, int points) {

  public static final int MAX_POINTS = 100;
  public static final int MAX_NAME = 100;
  public static final int MAX_FILTER = 2_000;
}
