package io.vivier.prospect;

/**
 * Published, in the writing transaction when there is one, after people changed together: an
 * import or its undo, a merge or its undo, a change to their company. Features that derive values
 * from people (scores) update theirs in bulk.
 */
public record PeopleChanged(long[] personIds) {

  public static PeopleChanged of(java.util.Collection<Long> ids) {
    return new PeopleChanged(ids.stream().mapToLong(Long::longValue).toArray());
  }
}
