package io.vivier.prospect;

/**
 * Published, in the writing transaction when there is one, after people changed together: an
 * import or its undo, a merge or its undo, a change to their company. Features that derive values
 * from people (scores) update theirs in bulk; with {@code stageRules}, rules that move stages (the
 * MQL rule) apply too. An import's undo restores its people by their versions: imports publish
 * without, so that nothing writes their people after them.
 */
public record PeopleChanged(long[] personIds, boolean stageRules) {

  public static PeopleChanged of(java.util.Collection<Long> ids) {
    return new PeopleChanged(ids.stream().mapToLong(Long::longValue).toArray(), true);
  }
}
