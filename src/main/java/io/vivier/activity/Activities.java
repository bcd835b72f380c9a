package io.vivier.activity;

import java.util.List;

/** The activities of people. */
public interface Activities {

  Activity insert(Activity activity);

  /** Newest first, older than the activity {@code beforeId} when given. */
  List<Activity> of(long personId, Long beforeId, int limit);

  /** Moves every activity of person {@code from} to person {@code to} (a merge); returns the moved ids. */
  List<Long> reassign(long from, long to);

  /** Gives these activities back to {@code person} (an unmerge). */
  void assign(java.util.Collection<Long> ids, long person);

  /**
   * The activities of the people with ids from {@code firstPersonId} to {@code lastPersonId}
   * (inclusive), by person then time, without body, duration, author and creation time: what scoring reads, a range of people
   * at a time.
   */
  List<Activity> ofPeople(long firstPersonId, long lastPersonId);

  /** The same for these people (ascending ids), wherever they are in the base. */
  List<Activity> ofPeople(long[] personIds);
}
