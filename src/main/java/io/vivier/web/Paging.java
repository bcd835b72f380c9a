package io.vivier.web;

/** Page sizes of list endpoints. */
public final class Paging {

  private Paging() {}

  /** The page size asked for, 50 when none; a 400 naming {@code limit} outside 1–500. */
  public static int limit(Integer limit) {
    if (limit == null) {
      return 50;
    }
    if (limit < 1 || limit > 500) {
      throw new InvalidInputException("limit", "must be between 1 and 500");
    }
    return limit;
  }
}
