package io.vivier.prospect;

/**
 * Lists the people a filter of the filter language matches, best score first. Implemented by the
 * segment feature (which this package must not depend on); absent, the people list takes no filter.
 */
public interface PeopleFilter {

  /**
   * One page of the people {@code filter} matches, by score (highest first, none last) then id;
   * {@code cursor} from the previous page, null for the first. A bad filter is a
   * {@link io.vivier.web.BadInputException} whose message gives the position.
   */
  Page<Person> list(String filter, String cursor, int limit);

  /** The ids of every person {@code filter} matches, ascending (an export of a segment). */
  long[] ids(String filter);
}
